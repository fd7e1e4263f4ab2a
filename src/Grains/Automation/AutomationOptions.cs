namespace GrainMarketing.Automation;

/// <summary>Rule evaluation settings (configuration section <c>Automation</c>).</summary>
public sealed class AutomationOptions
{
    public const string Section = "Automation";

    /// <summary>How long a campaign waits after a change before judging its rules, so a burst of batches is judged once.</summary>
    public TimeSpan EvaluationDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a silo reuses a tenant's rules before asking the rule book again (a change on the same silo applies at once).</summary>
    public TimeSpan RuleCacheDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often every campaign in scope of an enabled rule is judged even without new data (windows move with time).</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Status and budget changes rules may make per target per hour (Meta allows about four budget changes an hour per ad set).</summary>
    public int ActionsPerHour { get; set; } = 4;

    /// <summary>Per-platform overrides of <see cref="ActionsPerHour"/>, by platform name (<c>meta</c>, <c>google</c>…).</summary>
    public Dictionary<string, int> PlatformActionsPerHour { get; set; } = [];

    /// <summary>How many days back restated numbers make earlier decisions be judged again (ad platforms restate for about a week).</summary>
    public int RestatementHorizonDays { get; set; } = 7;

    public int ActionBudget(string platform) =>
        PlatformActionsPerHour.TryGetValue(platform, out var budget) ? budget : ActionsPerHour;
}
