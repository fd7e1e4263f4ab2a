using System.Diagnostics.Metrics;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>Metrics of the rate limits: how often each limit refuses a request.</summary>
public sealed class RateLimitInstruments
{
    public const string MeterName = "GrainMarketing.RateLimits";

    /// <summary>Values of the <c>limit</c> tag, one per bucket of <see cref="RateLimitOptions"/>.</summary>
    public const string Requests = "requests";
    public const string Anonymous = "anonymous";
    public const string IngestEvents = "ingest_events";
    public const string Registrations = "registrations";
    public const string FailedLogins = "failed_logins";
    public const string TenantCreations = "tenant_creations";
    public const string InvitationAcceptances = "invitation_acceptances";

    private readonly Counter<long> _rejections;

    public RateLimitInstruments(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rejections = meter.CreateCounter<long>("grainmarketing.ratelimit.rejections", "{request}", "Requests refused with 429 by a rate limit");
    }

    public void Rejected(string limit) => _rejections.Add(1, new KeyValuePair<string, object?>("limit", limit));
}
