namespace KoreanNewsSearch.Querying;

/// <summary>The query text is malformed; <see cref="Exception.Message"/> says what is wrong and where.</summary>
public sealed class QuerySyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QuerySyntaxException() { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public QuerySyntaxException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The underlying failure.</param>
    public QuerySyntaxException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a problem at a column of the query.</summary>
    /// <param name="message">What is wrong; the column is appended.</param>
    /// <param name="column">One-based column of the query where the problem is.</param>
    public QuerySyntaxException(string message, int column) : this(QuerySyntaxProblem.Other, message, column) { }

    /// <summary>Creates the exception for a problem of a known kind, at a column of the query when there is one.</summary>
    /// <param name="problem">What kind of problem it is.</param>
    /// <param name="message">What is wrong; the column, when given, is appended.</param>
    /// <param name="column">One-based column of the query where the problem is, or null.</param>
    public QuerySyntaxException(QuerySyntaxProblem problem, string message, int? column = null)
        : base(column is null ? message : $"{message} (at column {column})")
    {
        Problem = problem;
        Column = column;
    }

    private QuerySyntaxException(QuerySyntaxException error, string repaired)
        : base(error.Message, error.InnerException)
    {
        Column = error.Column;
        Problem = error.Problem;
        Repaired = repaired;
    }

    /// <summary>One-based column of the query where the problem is, when there is one place to point at.</summary>
    public int? Column { get; }

    /// <summary>What kind of problem it is, for a surface that words the message in its own language.</summary>
    public QuerySyntaxProblem Problem { get; }

    /// <summary>
    /// The query as its writer most likely meant it, when a mechanical repair makes it well-formed: an unclosed quote
    /// or parenthesis closed at the end; a stray <c>)</c>, a dangling <c>OR</c>, a detached <c>-</c>, empty
    /// <c>()</c> or a field prefix without a value dropped. Null when no such repair fixes every problem of the query.
    /// </summary>
    public string? Repaired { get; }

    /// <summary>The same error carrying the repaired query.</summary>
    internal QuerySyntaxException WithRepaired(string repaired) => new(this, repaired);
}
