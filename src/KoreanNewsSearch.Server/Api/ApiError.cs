using System.Text.Json;
using KoreanNewsSearch.Querying;
using Microsoft.AspNetCore.Http;

namespace KoreanNewsSearch.Server.Api;

/// <summary>
/// The JSON body of every API error: <c>{"error": "...", "column": N, "repaired": "..."}</c>, column and repaired
/// only for query syntax errors.
/// </summary>
/// <param name="Error">What is wrong, naming the parameter.</param>
/// <param name="Column">For a query syntax error, the 1-based column of the query where it is; otherwise null.</param>
/// <param name="Repaired">For a query syntax error with an obvious repair, the query repaired (<see cref="QuerySyntaxException.Repaired"/>); otherwise null.</param>
internal sealed record ApiError(string Error, int? Column = null, string? Repaired = null)
{
    public static Task Write(HttpContext context, int status, ApiError error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(error, ArticleJson.Options));
    }

    /// <summary>
    /// Runs an endpoint, answering 400 with the library's message when the request is rejected: a query syntax error
    /// (with its column and repair), a setting out of range, or a parameter that does not parse.
    /// </summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> endpoint)
    {
        try
        {
            return await endpoint();
        }
        catch (QuerySyntaxException error)
        {
            return BadRequest(new ApiError(error.Message, error.Column, error.Repaired));
        }
        catch (ArgumentException error)
        {
            return BadRequest(new ApiError(RequestErrors.Plain(error)));
        }
    }

    /// <inheritdoc cref="Guard(Func{Task{IResult}})"/>
    public static Task<IResult> Guard(Func<IResult> endpoint) => Guard(() => Task.FromResult(endpoint()));

    public static IResult BadRequest(ApiError error) => Results.Json(error, ArticleJson.Options, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Results.Json(new ApiError(message), ArticleJson.Options, statusCode: StatusCodes.Status404NotFound);
}
