using System.Net;
using KoreanNewsSearch.Server.Api;
using KoreanNewsSearch.Server.Page;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KoreanNewsSearch.Server;

/// <summary>
/// The search server: JSON API, search page and OpenAPI document over the app's shared <see cref="Indexing.NewsIndex"/>
/// (register it with <see cref="NewsIndexServiceCollectionExtensions.AddNewsIndex"/>).
/// </summary>
public static class NewsSearchServer
{
    /// <summary>Where <c>knews serve</c> listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the server app over the index in <paramref name="indexPath"/>, listening on <paramref name="urls"/>.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="urls">Addresses to listen on, e.g. <see cref="DefaultUrl"/>.</param>
    /// <returns>The app, not yet started.</returns>
    public static WebApplication Create(string indexPath, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Read-only GET API: no body is needed; a 1,000-character Korean query is about 9 KB percent-encoded.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.AddNewsIndex(indexPath);
        builder.Services.AddNewsSearchServer();
        var app = builder.Build();
        app.UseNewsSearchServer();
        return app;
    }

    /// <summary>Adds what the endpoints need (OpenAPI, options) to an app that has registered a <see cref="Indexing.NewsIndex"/>.</summary>
    /// <param name="services">The app's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddNewsSearchServer(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddOptions<NewsSearchServerOptions>();
        services.AddRouting();
        return services;
    }

    /// <summary>Adds the security headers, JSON errors, API endpoints, page and OpenAPI document to the pipeline.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The same app.</returns>
    public static IApplicationBuilder UseNewsSearchServer(this IApplicationBuilder app)
    {
        app.Use(SecurityHeaders.Add);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteUnhandledError, StatusCodeSelector = StatusOf });
        app.UseStatusCodePages(context => WriteStatusError(context.HttpContext));
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            SearchEndpoints.Map(endpoints);
            ArticleEndpoints.Map(endpoints);
            TrendEndpoints.Map(endpoints);
            ExportEndpoints.Map(endpoints);
            StatusEndpoints.Map(endpoints);
            PageEndpoints.Map(endpoints);
            endpoints.MapOpenApi();
        });
        return app;
    }

    /// <summary>True when <paramref name="url"/> listens on a loopback address only.</summary>
    /// <param name="url">A listen address such as <c>http://127.0.0.1:5080</c>.</param>
    /// <returns>Whether only this machine can connect.</returns>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.Host.Trim('[', ']')
            : "";
        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static int StatusOf(Exception error) =>
        error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    // Never a stack trace: the status and a one-line reason.
    private static Task WriteUnhandledError(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var message = error is BadHttpRequestException bad ? bad.Message : "internal server error";
        return ApiError.Write(context, context.Response.StatusCode, new ApiError(message));
    }

    private static Task WriteStatusError(HttpContext context) =>
        ApiError.Write(context, context.Response.StatusCode, new ApiError(context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"no such resource: {context.Request.Path}",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed here: the API is read-only",
            var status => ReasonPhrases.GetReasonPhrase(status).ToLowerInvariant(),
        }));

}
