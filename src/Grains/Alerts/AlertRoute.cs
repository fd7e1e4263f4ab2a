namespace GrainMarketing.Alerts;

/// <summary>Where an alert goes: the channels that take it, and the names it gave that match no channel.</summary>
public sealed record AlertRoute(IReadOnlyList<StoredAlertChannel> Channels, IReadOnlyList<string> Unknown);
