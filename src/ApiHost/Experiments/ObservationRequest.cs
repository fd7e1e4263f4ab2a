namespace GrainMarketing.ApiHost.Experiments;

/// <summary>One unit of a unit-level experiment as sent.</summary>
/// <param name="Value">What the unit brought (spend, revenue); 0 when absent.</param>
public sealed record ObservationRequest(string? Variant = null, bool? Converted = null, decimal? Value = null);
