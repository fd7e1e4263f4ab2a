namespace GrainMarketing.Experiments;

/// <summary>The key of an <see cref="IExperimentGrain"/>: the tenant, then the experiment's id.</summary>
public static class ExperimentKeys
{
    public static string Of(string tenant, string id) => $"{tenant}/{id}";
}
