using System.ComponentModel.DataAnnotations;

namespace GrainMarketing.Silo.Hosting;

/// <summary>How this silo joins the cluster and where it listens (configuration section <c>Silo</c>).</summary>
public sealed class SiloOptions
{
    public const string Section = "Silo";

    /// <summary>Silo-to-silo port.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port that clients (the API host) connect to.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address the metrics, health and dashboard ports listen on: loopback unless a deployment opens them (<c>0.0.0.0</c> in a container).</summary>
    [Required]
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>HTTP port for <c>/metrics</c> and <c>/health/*</c>.</summary>
    [Range(1, 65535)]
    public int MetricsPort { get; set; } = 9091;

    /// <summary>Runs the Orleans dashboard, provided <see cref="DashboardPassword"/> is set.</summary>
    /// <remarks>It profiles every grain call and samples counters every <see cref="DashboardCounterInterval"/>, which costs throughput (docs/benchmarks.md).</remarks>
    public bool Dashboard { get; set; } = true;

    /// <summary>User name the dashboard asks for (HTTP Basic).</summary>
    [Required]
    public string DashboardUser { get; set; } = "operator";

    /// <summary>Password the dashboard asks for; without one the dashboard stays off, for it shows every grain and the silo's log.</summary>
    public string? DashboardPassword { get; set; }

    /// <summary>Whether the dashboard runs: asked for and guarded by a password.</summary>
    public bool DashboardEnabled => Dashboard && !string.IsNullOrEmpty(DashboardPassword);

    /// <summary>How often the dashboard samples the silo's counters (at least a second).</summary>
    public TimeSpan DashboardCounterInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>HTTP port of the Orleans dashboard (served at <c>/dashboard</c>).</summary>
    [Range(1, 65535)]
    public int DashboardPort { get; set; } = 8888;

    /// <summary>Address other silos and clients reach this one at; empty picks this host's first address (loopback in the Memory profile).</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>How often stream pulling agents look for new metric batches: the floor of ingest-to-visible latency (Orleans' default is 100 ms).</summary>
    public TimeSpan StreamPollPeriod { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How long a pulling agent keeps a quiet stream's consumers before it forgets them (Orleans' default is 30 minutes).</summary>
    /// <remarks>Every customer has a stream, and a million held for half an hour crowd the heap.</remarks>
    public TimeSpan StreamInactivityPeriod { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Smallest reminder period Orleans accepts. Lower than a minute only for tests.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
