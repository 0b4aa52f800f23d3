using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Integrity;

/// <summary>
/// An index whose files are missing, truncated or corrupt: thrown instead of Lucene's low-level errors when an index is
/// opened or searched, so that callers can tell damage apart from a bad request and point to <see cref="IndexChecker"/>.
/// </summary>
public sealed partial class IndexDamagedException : IOException
{
    private IndexDamagedException(string indexPath, string message, Exception? cause)
        : base(message, cause)
    {
        IndexPath = indexPath;
    }

    /// <summary>Creates the exception with only a message (for serialisers and tests).</summary>
    public IndexDamagedException()
    {
        IndexPath = "";
    }

    /// <summary>Creates the exception with only a message (for serialisers and tests).</summary>
    /// <param name="message">What is wrong.</param>
    public IndexDamagedException(string message)
        : base(message)
    {
        IndexPath = "";
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The low-level error.</param>
    public IndexDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
        IndexPath = "";
    }

    /// <summary>The damaged index folder.</summary>
    public string IndexPath { get; }

    /// <summary>The damage of the index in <paramref name="indexPath"/> that <paramref name="cause"/> revealed.</summary>
    internal static IndexDamagedException Wrap(string indexPath, Exception cause) =>
        new(indexPath, $"index '{indexPath}' is damaged: {Describe(cause)}", cause);

    /// <summary>An index that cannot be repaired.</summary>
    internal static IndexDamagedException Unrepairable(string indexPath, string problem) =>
        new(indexPath, $"index '{indexPath}' cannot be repaired: {problem}", null);

    /// <summary>
    /// True for the errors Lucene raises on missing, truncated or corrupt index files (also wrapped in an IOException).
    /// Lucene.Net reports some corruption (a wrong codec header) as a plain IOException of its own; one raised by the
    /// operating system (disk full, permission denied) is not damage.
    /// </summary>
    internal static bool IsDamage(Exception error) => error is Lucene.Net.Index.CorruptIndexException
        or Lucene.Net.Index.IndexFormatTooOldException
        or Lucene.Net.Index.IndexFormatTooNewException
        or EndOfStreamException
        or FileNotFoundException
        || (error is IOException and not Lucene.Net.Store.LockObtainFailedException && (IsTruncation(error.Message) || error.TargetSite?.Module.Assembly == typeof(Lucene.Net.Index.CorruptIndexException).Assembly))
        || (error.InnerException is { } inner && IsDamage(inner));

    /// <summary>One line: the file and what is wrong with it, without Lucene's stack traces and buffer positions.</summary>
    internal static string Describe(Exception cause) => cause switch
    {
        FileNotFoundException { FileName: { } file } => Missing(file),
        _ => Describe(cause.GetType().Name, cause.Message),
    };

    /// <summary>As <see cref="Describe(Exception)"/>, for an exception known only by its type name and message (CheckIndex's log).</summary>
    internal static string Describe(string exceptionType, string message)
    {
        message = FirstLine(message);
        if (exceptionType == nameof(FileNotFoundException) && QuotedPath().Match(message) is { Success: true } missing)
        {
            return Missing(missing.Groups[1].Value);
        }

        if (exceptionType == nameof(EndOfStreamException) || IsTruncation(message))
        {
            var file = TruncatedFile().Match(message);
            return file.Success
                ? $"file '{System.IO.Path.GetFileName(file.Groups[1].Value)}' is truncated (shorter than its contents say)"
                : $"a file is truncated: {message}";
        }

        return exceptionType is nameof(IOException) or "CorruptIndexException" ? message : $"{exceptionType}: {message}";
    }

    private static string Missing(string file) => $"file '{System.IO.Path.GetFileName(file)}' is missing";

    private static bool IsTruncation(string message) =>
        message.Contains("EndOfStreamException", StringComparison.Ordinal) || message.Contains("read past EOF", StringComparison.Ordinal);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPath();

    [GeneratedRegex(@"path=""([^""]+)""")]
    private static partial Regex TruncatedFile();
}
