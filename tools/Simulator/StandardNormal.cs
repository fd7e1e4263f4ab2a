namespace GrainMarketing.Simulator;

/// <summary>Standard normal draws (Box-Muller) from a seeded <see cref="Random"/>, so the simulated world repeats.</summary>
public static class StandardNormal
{
    public static double Draw(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
