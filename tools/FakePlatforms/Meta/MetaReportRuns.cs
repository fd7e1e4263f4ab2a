using System.Collections.Concurrent;
using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>
/// Meta's async report runs: a POST to insights starts one; each GET of the run advances it
/// (Job Not Started, Job Started, Job Running, Job Completed) over <see cref="FakeOptions.MetaAsyncPolls"/> polls,
/// so a connector that reads the results too early is refused.
/// </summary>
public sealed class MetaReportRuns(IOptions<FakeOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, MetaReportRun> _runs = new();
    private long _next = 6_000_000_000_000L;

    public MetaReportRun Start(string accountId, IReadOnlyDictionary<string, string> parameters)
    {
        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var run = new MetaReportRun { Id = id, AccountId = accountId, Parameters = parameters, Created = time.GetUtcNow() };
        _runs[id] = run;
        return run;
    }

    public MetaReportRun? Find(string id) => _runs.GetValueOrDefault(id);

    /// <summary>One poll: the run's status afterwards.</summary>
    public (string Status, int Percent) Poll(MetaReportRun run)
    {
        int polls;
        lock (run)
        {
            polls = ++run.Polls;
        }

        return Status(run, polls);
    }

    /// <summary>The run's finished rows, computed by <paramref name="compute"/> on the first read only.</summary>
    public static IReadOnlyList<(RowKey Key, Stats Stats)> Results(MetaReportRun run, Func<IReadOnlyList<(RowKey Key, Stats Stats)>> compute)
    {
        lock (run)
        {
            return run.Rows ??= compute();
        }
    }

    public bool IsComplete(MetaReportRun run) => Status(run, run.Polls).Percent == 100;

    public void Reset() => _runs.Clear();

    private (string Status, int Percent) Status(MetaReportRun run, int polls)
    {
        var needed = Math.Max(1, options.Value.MetaAsyncPolls);
        var percent = Math.Min(100, polls * 100 / needed);
        var status = percent >= 100 ? "Job Completed" : polls <= 1 ? "Job Not Started" : polls == 2 ? "Job Started" : "Job Running";
        return (status, percent);
    }
}
