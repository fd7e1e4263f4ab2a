namespace GrainMarketing.Offers;

/// <summary>A campaign's target list as built: how many customers it holds and how many of them are held out.</summary>
public sealed record TargetList(int Targets, int HeldOut);
