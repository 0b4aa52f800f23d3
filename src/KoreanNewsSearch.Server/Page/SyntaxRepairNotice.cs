namespace KoreanNewsSearch.Server.Page;

/// <summary>A query searched as the library repaired it (<see cref="Querying.QuerySyntaxException.Repaired"/>): the problem in Korean, the query as typed and as searched.</summary>
internal sealed record SyntaxRepairNotice(string Problem, string Typed, string Repaired);
