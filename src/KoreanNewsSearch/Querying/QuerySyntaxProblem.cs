namespace KoreanNewsSearch.Querying;

/// <summary>What is wrong with a malformed query (<see cref="QuerySyntaxException.Problem"/>), for surfaces that word it themselves.</summary>
public enum QuerySyntaxProblem
{
    /// <summary>Not one of the kinds below.</summary>
    Other,

    /// <summary>The query is longer than the parser accepts.</summary>
    TooLong,

    /// <summary>A quote <c>"</c> opens a phrase that is never closed.</summary>
    UnclosedQuote,

    /// <summary>A <c>(</c> is never closed.</summary>
    UnclosedParenthesis,

    /// <summary>A <c>)</c> has no <c>(</c> before it.</summary>
    UnmatchedParenthesis,

    /// <summary><c>()</c> with nothing inside.</summary>
    EmptyParentheses,

    /// <summary>Parentheses nested deeper than the parser accepts.</summary>
    NestedTooDeep,

    /// <summary><c>OR</c> without a word, phrase or group on one side.</summary>
    OrWithoutOperand,

    /// <summary>A <c>-</c> not directly followed by what it excludes (<c>삼성 - 광고</c>).</summary>
    DetachedMinus,

    /// <summary>A field prefix (<c>title:</c>) with no value right after its colon.</summary>
    FieldWithoutValue,

    /// <summary>A field prefix inside another field's value (<c>title:(삼성 body:전자)</c>).</summary>
    FieldInsideField,

    /// <summary>A <c>date:</c> value that is not a day or a range of days.</summary>
    InvalidDate,
}
