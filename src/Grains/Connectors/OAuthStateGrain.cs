using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Connectors;

/// <summary>Points an authorization flow's callback at its connection, once, until it expires; persisted so a silo restart mid-consent loses nothing.</summary>
[GrainType("oauth-state")]
public sealed class OAuthStateGrain(
    [PersistentState("pending", StorageNames.Default)] IPersistentState<PendingFlow> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IOAuthStateGrain
{
    public async Task RememberAsync(OAuthPending pending)
    {
        state.State.Pending = pending;
        await state.WriteStateAsync();
    }

    public async Task<OAuthPending?> TakeAsync()
    {
        if (state.State.Pending is not { } pending)
        {
            return null;
        }

        await state.ClearStateAsync();
        DeactivateOnIdle();
        return pending.ExpiresAt > clock.GetUtcNow() ? pending : null;
    }
}
