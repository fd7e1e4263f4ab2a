using System.Globalization;
using System.Text.Json;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Problems;

/// <summary>The one place that turns exceptions into HTTP answers.</summary>
/// <remarks>
/// Domain refusals from grains, unreadable request bodies, an unreachable cluster or a grain that lost a write.
/// Anything else is a 500 that names no internals.
/// </remarks>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationFailedException invalid => Validation(invalid.Errors, invalid.Total),
            NotFoundException missing => Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", missing.Message),
            ConflictException conflict => Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict", conflict.Message),
            InsufficientHistoryException shortHistory => InsufficientHistory(shortHistory),
            LoginRefusedException refused =>
                Problem(StatusCodes.Status401Unauthorized, ProblemTypes.InvalidCredentials, "Login refused", refused.Message),
            RateLimitedException limited => RateLimited(http, limited.Message, limited.RetryAfter),
            IngestBatchTooLargeException tooLarge =>
                Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "Request too large", tooLarge.Message),
            BadHttpRequestException { InnerException: JsonException json } => Validation(new Dictionary<string, string[]>
            {
                [JsonField(json.Path)] = [JsonProblems.Describe(json)],
            }),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(StatusCodes.Status413PayloadTooLarge,
                ProblemTypes.PayloadTooLarge, "Request too large", "The body is larger than this API accepts (Http:MaxRequestBodyBytes); split the load."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problem(StatusCodes.Status415UnsupportedMediaType,
                ProblemTypes.UnsupportedMediaType, "Unsupported media type", StatusProblems.UnsupportedMediaTypeDetail),
            BadHttpRequestException bad => Problem(bad.StatusCode, ProblemTypes.BadRequest, "Bad request",
                bad.StatusCode == StatusCodes.Status400BadRequest
                    ? "The request could not be read: a JSON body is required and must be valid."
                    : "The request could not be read."),
            PlatformUnavailableException platform => Problem(StatusCodes.Status502BadGateway, ProblemTypes.PlatformUnavailable, "Platform unavailable", platform.Message),
            LostWriteException lost => Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.LostWrite, "Write lost", lost.Message),
            SiloUnavailableException or OrleansMessageRejectionException or TimeoutException =>
                Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.ClusterUnavailable, "Cluster unavailable",
                    "The grain cluster did not answer; retry shortly."),
            _ => null,
        };

        if (problem is null)
        {
            LogUnhandled(exception, http.Request.Method, http.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, ProblemTypes.Internal, "Internal error",
                "The request failed unexpectedly; it has been logged.");
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(exception.GetType().Name, http.Request.Method, http.Request.Path);
            http.Response.Headers.RetryAfter = "2";
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A 400 listing every bad field, keyed by its JSON name; when only the first <paramref name="errors"/> of <paramref name="total"/> are listed, it says so in <c>errorCount</c>.</summary>
    public static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors, int total = 0)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Validation,
            Title = "One or more fields are invalid",
            Detail = "See errors: each field lists every rule it broke.",
        };
        if (total > errors.Count)
        {
            problem.Detail = $"{total} problems; errors lists the first {errors.Count}.";
            problem.Extensions["errorCount"] = total;
        }

        return problem;
    }

    /// <summary>A 429 naming the limit the caller went over; sets Retry-After to <paramref name="retryAfter"/> in whole seconds, at least 1.</summary>
    public static ProblemDetails RateLimited(HttpContext http, string detail, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
        return Problem(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, "Too many requests", detail);
    }

    /// <summary>A 409 whose <c>missing</c> extension names each requirement the history does not meet.</summary>
    private static ProblemDetails InsufficientHistory(InsufficientHistoryException shortHistory)
    {
        var problem = Problem(StatusCodes.Status409Conflict, ProblemTypes.InsufficientHistory, "Not enough history", shortHistory.Message);
        problem.Extensions["missing"] = shortHistory.Missing;
        return problem;
    }

    private static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1L, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };

    /// <summary>"$.dailyAnalysisHour" becomes "dailyAnalysisHour"; an unreadable document as a whole is "$".</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unavailable ({ExceptionType}) for {Method} {Path}")]
    private partial void LogUnavailable(string exceptionType, string method, string path);
}
