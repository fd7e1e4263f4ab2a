namespace GrainMarketing.Audit;

/// <summary>One page of a tenant's trail, newest first.</summary>
/// <remarks>
/// Every filter is optional except the tenant: an <see cref="Action"/> ending in <c>.</c> or <c>*</c>
/// matches as a prefix (<c>member.</c>, <c>key*</c>), anything else exactly; <see cref="From"/> is
/// inclusive and <see cref="To"/> exclusive; <see cref="Before"/> is the cursor a previous page answered
/// (entries with a smaller id).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuditQuery")]
public sealed record AuditQuery([property: Id(0)] string Tenant)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    [Id(1)]
    public string? Action { get; init; }

    [Id(2)]
    public string? Actor { get; init; }

    [Id(3)]
    public string? Target { get; init; }

    [Id(4)]
    public DateTimeOffset? From { get; init; }

    [Id(5)]
    public DateTimeOffset? To { get; init; }

    [Id(6)]
    public int Limit { get; init; } = DefaultLimit;

    [Id(7)]
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
