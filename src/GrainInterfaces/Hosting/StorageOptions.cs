namespace GrainMarketing.Hosting;

/// <summary>The provider profile both hosts read (configuration section <c>Storage</c>).</summary>
/// <remarks>The silo picks its clustering, state and reminder providers by it, the API host its gateway discovery.</remarks>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Name of the PostgreSQL connection string (<c>ConnectionStrings:Postgres</c>).</summary>
    public const string ConnectionStringName = "Postgres";

    public StorageProvider Provider { get; set; } = StorageProvider.Memory;
}
