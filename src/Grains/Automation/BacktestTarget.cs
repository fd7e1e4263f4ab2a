using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>One target as a backtest simulates it: its control, when the rule may fire on it again, and what the simulated actions changed.</summary>
/// <remarks>
/// Its control (status, daily budget, tags) starting from today's and changed only by the rule's simulated
/// actions, the first day the rule may fire on it again, and what those actions would have changed. Effects
/// come from the numbers that actually happened: every day a simulated pause holds forgoes that day's
/// numbers; every other day after a budget change adds the day's numbers scaled by the simulated budget
/// over the actual one, less the numbers (an estimate).
/// </remarks>
/// <param name="name">How history names the target: <c>meta:916</c>, <c>meta:916/adset/12</c>.</param>
/// <param name="partId">The ad set or creative id; null for the campaign itself.</param>
/// <param name="days">The target's actual totals per day.</param>
public sealed class BacktestTarget(string name, string? partId, DaySeries days, TargetControl control)
{
    /// <summary>Estimates are rounded to cents (money) and hundredths (conversions).</summary>
    private const int EstimateDecimals = 2;

    /// <summary>The budget the actual numbers were spent under: today's, as budgets keep no history.</summary>
    private readonly decimal? _actualBudget = control.DailyBudget;

    private bool _pausedByRule;
    private DateOnly _notBefore = DateOnly.MinValue;
    private int _firings;
    private MetricTotals _forgone;
    private decimal _spendAdded;
    private decimal _conversionsAdded;
    private decimal _valueAdded;

    public string Name => name;

    public string? PartId => partId;

    public DaySeries Days => days;

    public TargetControl Control { get; private set; } = control;

    /// <summary>Whether the cooldown of the last firing has passed on <paramref name="day"/>.</summary>
    public bool MayFire(DateOnly day) => day >= _notBefore;

    /// <summary>Counts <paramref name="day"/>'s effects of the actions simulated on earlier days.</summary>
    public void Count(DateOnly day)
    {
        if (_pausedByRule)
        {
            _forgone += days.Sum(day, day);
        }
        else if (_actualBudget is > 0 && Control.DailyBudget is { } budget && budget != _actualBudget)
        {
            var actual = days.Sum(day, day);
            var factor = (budget / _actualBudget.Value) - 1;
            _spendAdded += actual.Spend * factor;
            _conversionsAdded += actual.Conversions * factor;
            _valueAdded += actual.ConversionValue * factor;
        }
    }

    /// <summary>The rule fired on <paramref name="day"/> and left the target as <paramref name="after"/>.</summary>
    /// <remarks>
    /// A pause that changed the status holds until the status changes again; the rule may fire again
    /// <paramref name="cooldownDays"/> later.
    /// </remarks>
    public void Fired(DateOnly day, TargetControl after, int cooldownDays)
    {
        _firings++;
        _pausedByRule = after.Status == CampaignStatus.Paused && (_pausedByRule || Control.Status != CampaignStatus.Paused);
        Control = after;
        _notBefore = day.AddDays(cooldownDays);
    }

    /// <summary>What the rule's actions changed for this target, or null when it never fired.</summary>
    public BacktestEffects? Effects() => _firings == 0 ? null : new BacktestEffects(
        name,
        _firings,
        _forgone.Spend,
        _forgone.Conversions,
        _forgone.ConversionValue,
        Math.Round(_spendAdded, EstimateDecimals, MidpointRounding.AwayFromZero),
        Math.Round(_conversionsAdded, EstimateDecimals, MidpointRounding.AwayFromZero),
        Math.Round(_valueAdded, EstimateDecimals, MidpointRounding.AwayFromZero));
}
