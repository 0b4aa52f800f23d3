using System.Globalization;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Server.Api;

namespace KoreanNewsSearch.Server.Page;

/// <summary>
/// The page's Korean wording of a rejected search: the library's and the API's messages are English, for API clients
/// and the CLI, and name parameters the page's reader never typed.
/// </summary>
internal static class PageErrorText
{
    /// <summary>A request setting the page's form or URL got wrong; the library's message when the page has no wording of its own.</summary>
    public static string Describe(ArgumentException error, SearchParameters parameters) => error.ParamName switch
    {
        nameof(SearchRequest.From) => $"시작일({parameters.From})이 종료일({parameters.To})보다 늦습니다",
        SearchParameters.FromName => NotADay("시작일", parameters.From),
        SearchParameters.ToName => NotADay("종료일", parameters.To),
        PageState.PageName => string.Create(CultureInfo.InvariantCulture, $"페이지는 1부터 {PageState.MaxPage:N0}까지입니다"),
        _ => RequestErrors.Plain(error),
    };

    /// <summary>What is wrong with the query, and where when the parser points at a place.</summary>
    public static string Describe(QuerySyntaxException error)
    {
        var what = Problem(error);
        return error.Column is { } column ? string.Create(CultureInfo.InvariantCulture, $"{what} ({column}번째 글자)") : what;
    }

    /// <summary>What is wrong, in a sentence that can stand before "그래서 …(으)로 검색했습니다".</summary>
    public static string Problem(QuerySyntaxException error) => error.Problem switch
    {
        QuerySyntaxProblem.TooLong => string.Create(CultureInfo.InvariantCulture, $"검색어가 너무 깁니다. {NewsQueryParser.MaxLength:N0}자까지 검색할 수 있습니다"),
        QuerySyntaxProblem.UnclosedQuote => "따옴표(\")가 닫히지 않았습니다",
        QuerySyntaxProblem.UnclosedParenthesis => "여는 괄호 '('가 닫히지 않았습니다",
        QuerySyntaxProblem.UnmatchedParenthesis => "닫는 괄호 ')'와 짝이 되는 여는 괄호가 없습니다",
        QuerySyntaxProblem.EmptyParentheses => "괄호 안이 비어 있습니다",
        QuerySyntaxProblem.NestedTooDeep => "괄호가 너무 깊게 겹쳐 있습니다",
        QuerySyntaxProblem.OrWithoutOperand => "OR 앞뒤에는 단어나 구절이 있어야 합니다",
        QuerySyntaxProblem.DetachedMinus => "빼고 찾을 단어는 '-' 바로 뒤에 붙여 써야 합니다 (예: -광고)",
        QuerySyntaxProblem.FieldWithoutValue => "'title:' 같은 검색 범위 뒤에는 찾을 말을 바로 붙여 써야 합니다 (예: title:삼성전자)",
        QuerySyntaxProblem.FieldInsideField => "검색 범위(title: 등) 안에 다른 검색 범위를 쓸 수 없습니다",
        QuerySyntaxProblem.InvalidDate => "date: 뒤에는 날짜나 기간을 써야 합니다 (예: date:2024-06-01..2024-06-30)",
        _ => error.Message,
    };

    private static string NotADay(string label, string? text) => $"{label}은 2024-06-01처럼 연-월-일로 써야 합니다 (입력: '{text}')";
}
