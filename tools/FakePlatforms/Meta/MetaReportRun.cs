using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>An async insights job: the account, the parameters it was started with, and how often it was polled.</summary>
public sealed class MetaReportRun
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    public required DateTimeOffset Created { get; init; }

    public int Polls { get; set; }

    /// <summary>The finished report, computed once on the first read like Meta's own: a restatement after it changes a new run only.</summary>
    public IReadOnlyList<(RowKey Key, Stats Stats)>? Rows { get; set; }
}
