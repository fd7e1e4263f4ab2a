using System.Threading.RateLimiting;
using GrainMarketing.ApiHost.Problems;
using GrainMarketing.ApiHost.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Rate limits from <see cref="RateLimitOptions"/>: one token per request, and per record for ingestion.</summary>
/// <remarks>
/// The framework's limiter runs before authentication, so a refused request costs no credential check. It takes one
/// token per request from the client address's bucket and one from the bucket of the caller the request claims to be
/// (<see cref="PresentedCaller"/>: a person by email or an API key by key id, each with the address) or, without
/// credentials, from the address's anonymous bucket; ingestion also charges per record, once authenticated, through
/// <see cref="IngestEventLimiter"/>. Endpoints marked with <c>DisableRateLimiting()</c> (health, metrics, API
/// reference) are never limited.
/// </remarks>
public static class RateLimitHostingExtensions
{
    public static WebApplicationBuilder AddGrainMarketingRateLimits(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddSingleton<RateLimitInstruments>();
        services.AddSingleton<IngestEventLimiter>();
        services.AddSingleton<AccountLimits>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var addresses = limits.Value.Addresses.ToLimiterOptions();
            var requests = limits.Value.Requests.ToLimiterOptions();
            var anonymous = limits.Value.Anonymous.ToLimiterOptions();
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    RateLimitPartition.GetTokenBucketLimiter("address:" + http.Connection.RemoteIpAddress, _ => addresses)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => PresentedCaller.Of(http.Request) is { } caller
                    ? RateLimitPartition.GetTokenBucketLimiter($"caller:{caller}@{http.Connection.RemoteIpAddress}", _ => requests)
                    : RateLimitPartition.GetTokenBucketLimiter("anonymous:" + http.Connection.RemoteIpAddress, _ => anonymous)));
        });
        return builder;
    }

    /// <summary>Answers a refused request with a 429 problem that names the limit, and counts it.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var anonymous = PresentedCaller.Of(http.Request) is null;
        http.RequestServices.GetRequiredService<RateLimitInstruments>()
            .Rejected(anonymous ? RateLimitInstruments.Anonymous : RateLimitInstruments.Requests);
        var detail = anonymous
            ? "Too many requests without credentials from this address: over the anonymous or the address limit (RateLimits:Anonymous, RateLimits:Addresses)."
            : "Too many requests from this caller: over the requests or the address limit (RateLimits:Requests, RateLimits:Addresses).";
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails = ProblemExceptionHandler.RateLimited(http, detail, retryAfter),
        });
    }
}
