using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>One platform's reporting: the account's campaigns and their daily cells, in our record's units.</summary>
/// <remarks>
/// Each platform reports one breakdown family per campaign-day, so its cells never count a number twice: Meta,
/// TikTok and Snapchat by ad (or ad set) and age × gender where they allow it, Google by ad group and age (Google has
/// no age × gender, and its gender view would count the same spend again). Throws
/// <see cref="PlatformThrottledException"/> when the platform says wait, <see cref="Platforms.GrantRefusedException"/>
/// when it refuses the token, and <see cref="PlatformAnswerException"/> for any other error it answers.
/// </remarks>
public interface IPlatformReporter
{
    /// <summary>The attribution conversions are read with, as the platform names it.</summary>
    string Attribution { get; }

    /// <summary>The one kind of cell this platform's reports hold: a re-pulled day replaces every cell of it.</summary>
    CellShape Shape { get; }

    Task<IReadOnlyList<PulledCampaign>> CampaignsAsync(ReportScope scope, CancellationToken cancellation);

    /// <summary>Every cell of the days from <paramref name="since"/> to <paramref name="until"/> (the account's days), whole: a pull that cannot read them all throws.</summary>
    Task<PulledReport> CellsAsync(ReportScope scope, DateOnly since, DateOnly until, CancellationToken cancellation);
}
