namespace GrainMarketing.ApiHost.Audit;

/// <summary>
/// One page of a tenant's trail, newest first. Every filter is optional except the tenant: an
/// <see cref="Action"/> ending in <c>.</c> or <c>*</c> matches as a prefix (<c>member.</c>, <c>key*</c>),
/// anything else exactly; <see cref="From"/> is inclusive and <see cref="To"/> exclusive;
/// <see cref="Before"/> is the cursor a previous page answered (entries with a smaller id).
/// </summary>
public sealed record AuditQuery(string Tenant)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public string? Action { get; init; }

    public string? Actor { get; init; }

    public string? Target { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public long? Before { get; init; }

    /// <summary>The prefix <see cref="Action"/> asks for, without a trailing <c>*</c>; null when it is exact or absent.</summary>
    public string? ActionPrefix =>
        Action switch
        {
            [.. var prefix, '*'] => prefix,
            [.., '.'] => Action,
            _ => null,
        };

    /// <summary>The exact action asked for; null when <see cref="Action"/> is a prefix or absent.</summary>
    public string? ExactAction => ActionPrefix is null ? Action : null;
}
