namespace KoreanNewsSearch.Ingestion;

/// <summary>Why one input (a file, or one line of a JSON Lines file) could not be turned into an article.</summary>
/// <param name="Path">The input file.</param>
/// <param name="Line">1-based line number inside the file, when the failure belongs to one line.</param>
/// <param name="Field">The field that was wrong, when one field is to blame.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record IngestError(string Path, int? Line, string? Field, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line}" : Path;
        return Field is null ? $"{where}: {Message}" : $"{where}: field '{Field}': {Message}";
    }
}

/// <summary>One outcome of reading an input: an article (perhaps with a warning about it), or the error that prevented it.</summary>
public sealed record ArticleReadResult
{
    private ArticleReadResult(NewsArticle? article, IngestError? error, IngestError? warning = null)
    {
        Article = article;
        Error = error;
        Warning = warning;
    }

    /// <summary>The parsed article, when reading succeeded.</summary>
    public NewsArticle? Article { get; }

    /// <summary>The failure, when reading did not succeed.</summary>
    public IngestError? Error { get; }

    /// <summary>
    /// What is incomplete about an article that was read all the same, e.g. a page with a headline and a publish time but
    /// no article text, indexed with its description as the body.
    /// </summary>
    public IngestError? Warning { get; }

    /// <summary>Wraps a parsed article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>A successful result.</returns>
    public static ArticleReadResult Success(NewsArticle article) => new(article.WithComputedId(), null);

    /// <summary>Wraps a parsed article that is incomplete in a way the user should hear about.</summary>
    /// <param name="article">The article.</param>
    /// <param name="warning">What is incomplete, naming the input.</param>
    /// <returns>A successful result that carries the warning.</returns>
    public static ArticleReadResult SuccessWithWarning(NewsArticle article, IngestError warning) => new(article.WithComputedId(), null, warning);

    /// <summary>Wraps a failure.</summary>
    /// <param name="error">What went wrong.</param>
    /// <returns>A failed result.</returns>
    public static ArticleReadResult Failure(IngestError error) => new(null, error);
}

/// <summary>Raised by a parser when an input is not an article it can read; the message says why.</summary>
public sealed class ArticleFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="field">The field to blame, if one is.</param>
    public ArticleFormatException(string message, string? field = null) : base(message) => Field = field;

    /// <summary>Creates the exception with no details.</summary>
    public ArticleFormatException() : base("The input is not a readable article.") { }

    /// <summary>Creates the exception wrapping another.</summary>
    /// <param name="message">What is wrong with the input.</param>
    /// <param name="innerException">The underlying failure.</param>
    public ArticleFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The field that is missing or malformed, if one is to blame.</summary>
    public string? Field { get; }
}
