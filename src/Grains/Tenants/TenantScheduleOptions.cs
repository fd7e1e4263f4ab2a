namespace GrainMarketing.Tenants;

/// <summary>How often each tenant checks whether its daily run is due (configuration section <c>Tenants</c>).</summary>
public sealed class TenantScheduleOptions
{
    public const string Section = "Tenants";

    /// <summary>Period of the durable schedule reminder; a daily run starts at most this long after its hour.</summary>
    /// <remarks>Orleans refuses reminder periods under one minute unless the silo lowers its minimum.</remarks>
    public TimeSpan CheckPeriod { get; set; } = TimeSpan.FromMinutes(5);
}
