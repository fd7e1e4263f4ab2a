namespace GrainMarketing.Currencies;

/// <summary>Where the silos read reference rates (configuration section <c>ExchangeRates</c>).</summary>
public sealed class ExchangeRateOptions
{
    public const string Section = "ExchangeRates";

    /// <summary>An ECB-format document of reference rates (for example https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml); none reads nothing and rates are only set by hand.</summary>
    public Uri? SourceUrl { get; set; }

    /// <summary>How often each silo reads the source; the ECB publishes once a working day around 16:00 CET, so a few reads a day catch it the same day.</summary>
    public TimeSpan FetchPeriod { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The wait before another try after a failed read.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one read may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
