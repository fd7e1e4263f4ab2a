using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GrainMarketing.Automation;

/// <summary>The <c>GrainMarketing.Rules</c> meter: judgements and how long they took, firings by kind, actions by type and result.</summary>
public sealed class AutomationInstruments
{
    public const string MeterName = "GrainMarketing.Rules";

    private readonly Histogram<double> _judged;
    private readonly Counter<long> _firings;
    private readonly Counter<long> _actions;

    public AutomationInstruments(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _judged = meter.CreateHistogram<double>("grainmarketing.rules.judge.duration", "s", "Time to judge a target's rules and record what fired, by target kind");
        _firings = meter.CreateCounter<long>("grainmarketing.rules.firings", "{firing}", "History entries by kind (fired, deferred, reversed, missed) and dry run");
        _actions = meter.CreateCounter<long>("grainmarketing.rules.actions", "{action}", "Actions of firings by type and result");
    }

    public void Judged(string target, TimeSpan duration, IEnumerable<RuleFiring> entries)
    {
        _judged.Record(duration.TotalSeconds, new TagList { { "target", target } });
        foreach (var entry in entries)
        {
            _firings.Add(1, new TagList { { "kind", EnumNames.Camel(entry.Kind.ToString()) }, { "dry_run", entry.DryRun } });
            foreach (var action in entry.Actions)
            {
                _actions.Add(1, new TagList { { "type", EnumNames.Camel(action.Type.ToString()) }, { "result", EnumNames.Camel(action.Result.ToString()) } });
            }
        }
    }
}
