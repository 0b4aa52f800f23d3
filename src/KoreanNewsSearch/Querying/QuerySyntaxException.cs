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
    public QuerySyntaxException(string message, int column) : base($"{message} (at column {column})") => Column = column;

    /// <summary>One-based column of the query where the problem is, when there is one place to point at.</summary>
    public int? Column { get; }
}
