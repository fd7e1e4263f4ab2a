namespace GrainMarketing.Runs;

/// <summary>The tenant's previous successful run of the same kind: how long it took over how many units of work (<paramref name="UnitName"/>, singular).</summary>
public sealed record PriorRun(TimeSpan Duration, int Units, string UnitName);
