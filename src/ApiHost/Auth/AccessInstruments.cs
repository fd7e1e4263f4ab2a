using System.Diagnostics.Metrics;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Metrics of the access checks: how often <see cref="AccessCache"/> had to ask the cluster rather than its memory.</summary>
public sealed class AccessInstruments
{
    public const string MeterName = "GrainMarketing.Access";

    /// <summary>Values of the <c>kind</c> tag: what was looked up.</summary>
    public const string Tenant = "tenant";
    public const string Member = "member";
    public const string Key = "key";
    public const string Session = "session";

    private readonly Counter<long> _lookups;

    public AccessInstruments(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _lookups = meter.CreateCounter<long>("grainmarketing.access.lookups", "{lookup}", "Access checks answered by a grain because this host had no fresh answer");
    }

    public void LookedUp(string kind) => _lookups.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
