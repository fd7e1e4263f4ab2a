using System.Text.Json;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.Audit;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>Records an action for the current request (when, from which address and client) in the silo's audit log, through <see cref="IAuditLogGrain"/>.</summary>
/// <remarks>The task completes once the entry is durable, so callers await it before they answer.</remarks>
public sealed class AuditTrail(IGrainFactory grains, TimeProvider clock, IHttpContextAccessor http, IOptions<JsonOptions> json)
{
    public const int MaxUserAgentLength = 200;

    /// <summary>Records a change in <paramref name="tenant"/> by the signed-in caller (a person or an API key).</summary>
    public Task RecordTenantAsync(string action, string tenant, string? target = null, object? before = null, object? after = null) =>
        RecordAsync(action, http.HttpContext?.User.Actor(), tenant, target, before, after);

    public Task RecordAsync(string action, string? actor, string? tenant = null, string? target = null, object? before = null, object? after = null)
    {
        var context = http.HttpContext;
        var agent = context?.Request.Headers.UserAgent.ToString();
        return grains.GetGrain<IAuditLogGrain>(0).RecordAsync(
            new AuditEntry(
                clock.GetUtcNow(),
                action,
                actor,
                tenant,
                target,
                before is null ? null : JsonSerializer.SerializeToElement(before, json.Value.SerializerOptions),
                after is null ? null : JsonSerializer.SerializeToElement(after, json.Value.SerializerOptions),
                context?.Connection.RemoteIpAddress?.ToString(),
                string.IsNullOrEmpty(agent) ? null : agent[..Math.Min(agent.Length, MaxUserAgentLength)]));
    }
}
