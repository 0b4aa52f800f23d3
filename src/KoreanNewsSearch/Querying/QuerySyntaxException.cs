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
}
