namespace KoreanNewsSearch.Suggesting;

/// <summary>One completion offered for a typed prefix.</summary>
/// <param name="Text">The word or phrase (normalised: NFKC, lower case), e.g. <c>삼성전자</c> or <c>삼성전자 노태문</c>.</param>
/// <param name="Count">How many headlines contain it (particles such as <c>삼성전자는</c> counted with the word).</param>
public sealed record Suggestion(string Text, int Count);
