using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GrainMarketing.Silo.Hosting;

/// <summary>Ready once the cluster's membership view lists this silo as active.</summary>
public sealed class SiloActiveHealthCheck(IClusterMembershipService membership, ILocalSiloDetails localSilo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"{localSilo.SiloAddress} is active")
            : HealthCheckResult.Unhealthy($"{localSilo.SiloAddress} is {status}"));
    }
}
