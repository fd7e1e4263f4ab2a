namespace GrainMarketing.Automation;

/// <summary>A tenant's enabled rules and its time zone, whose date day windows end on.</summary>
public sealed record TenantRules(RuleSet Rules, TimeZoneInfo Zone)
{
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
}
