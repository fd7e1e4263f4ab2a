using System.Buffers.Text;
using System.Security.Cryptography;
using GrainMarketing.Errors;

namespace GrainMarketing.Alerts;

/// <summary>The router's channels: created, changed, deleted, given new secrets, read.</summary>
public sealed partial class AlertRouterGrain
{
    public const int MaxChannels = 50;

    /// <summary>Prefix of webhook signing secrets, so that secret scanners recognise a leaked one.</summary>
    public const string SecretPrefix = "gmwh_";

    public async Task<AlertChannelWithSecret> CreateChannelAsync(AlertChannelDefinition definition, string actor)
    {
        definition = Normalize(definition);
        if (state.State.Channels.Count >= MaxChannels)
        {
            throw new ConflictException($"The tenant has {MaxChannels} alert channels, the most allowed; delete one first.");
        }

        ThrowIfNameTaken(definition.Name!, except: null);
        var now = clock.GetUtcNow();
        var secret = definition.Type == AlertChannelType.Webhook ? NewSecret() : null;
        var channel = new StoredAlertChannel(
            new AlertChannel(Guid.NewGuid(), definition.Name!, definition.Type!.Value, definition.MinSeverity!.Value, definition.Enabled, definition.Url,
                definition.Recipients, now, actor, now, actor, secret is null ? null : now),
            secret);
        state.State.Channels[channel.Id] = channel.Protect(secrets);
        await state.WriteStateAsync();
        return new AlertChannelWithSecret(channel.ToView(), secret);
    }

    public async Task<AlertChannelChange> UpdateChannelAsync(Guid id, AlertChannelDefinition definition, string actor)
    {
        definition = Normalize(definition);
        var current = Channel(id);
        if (definition.Type != current.Type)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["type"] = [$"A channel's type cannot change (this one is {current.Type.ToString().ToLowerInvariant()}); create another channel instead."],
            });
        }

        ThrowIfNameTaken(definition.Name!, except: id);

        // A Slack URL is answered masked; sent back unchanged, it means "keep the URL".
        var url = current.Type == AlertChannelType.Slack && definition.Url == AlertChannel.MaskedUrl(current.Url) ? current.Url : definition.Url;
        var next = current with
        {
            Details = current.Details with
            {
                Name = definition.Name!,
                MinSeverity = definition.MinSeverity!.Value,
                Enabled = definition.Enabled,
                Url = url,
                Recipients = definition.Recipients,
                UpdatedAt = clock.GetUtcNow(),
                UpdatedBy = actor,
            },
        };
        state.State.Channels[id] = next.Protect(secrets);
        await state.WriteStateAsync();
        return new AlertChannelChange(current.ToView(), next.ToView());
    }

    public async Task<AlertChannelChange> DeleteChannelAsync(Guid id)
    {
        var current = Channel(id);
        state.State.Channels.Remove(id);
        var ended = Deliveries.FailChannel(id);
        await state.WriteStateAsync();
        Rearm(clock.GetUtcNow());
        foreach (var step in ended)
        {
            var attempt = new AlertDeliveryAttempt(step.Delivery.DeliveryId, id, current.Name, 0, DeliveryOutcome.Failed, null, "The channel was deleted.", 0, clock.GetUtcNow());
            await history.RecordAttemptAsync(Tenant, step.Delivery.AlertId, attempt, step.AlertStatus, CancellationToken.None);
        }

        return new AlertChannelChange(current.ToView(), null);
    }

    public async Task<AlertChannelWithSecret> RotateSecretAsync(Guid id, string actor)
    {
        var current = Channel(id);
        if (current.Type != AlertChannelType.Webhook)
        {
            throw new ConflictException($"Only webhook channels have a signing secret; '{current.Name}' is a {current.Type.ToString().ToLowerInvariant()} channel.");
        }

        var now = clock.GetUtcNow();
        var next = new StoredAlertChannel(current.Details with { SecretRotatedAt = now, UpdatedAt = now, UpdatedBy = actor }, NewSecret());
        state.State.Channels[id] = next.Protect(secrets);
        await state.WriteStateAsync();
        return new AlertChannelWithSecret(next.ToView(), next.Secret);
    }

    public Task<AlertChannel> GetChannelAsync(Guid id) => Task.FromResult(Channel(id).ToView());

    public Task<IReadOnlyList<AlertChannel>> ListChannelsAsync() => Task.FromResult<IReadOnlyList<AlertChannel>>(
        [.. state.State.Channels.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Reveal(secrets).ToView())]);

    /// <summary>The channel revealed: its URL and secret readable.</summary>
    private StoredAlertChannel Channel(Guid id) =>
        state.State.Channels.TryGetValue(id, out var channel) ? channel.Reveal(secrets) : throw new NotFoundException("Alert channel", id.ToString());

    private void ThrowIfNameTaken(string name, Guid? except)
    {
        if (state.State.Channels.Values.Any(c => c.Name == name && c.Id != except))
        {
            throw new ConflictException($"The tenant already has an alert channel named '{name}'.");
        }
    }

    /// <summary>Refuses an invalid channel; trims it and fills the default severity, so stored channels read the same.</summary>
    private static AlertChannelDefinition Normalize(AlertChannelDefinition definition)
    {
        var errors = AlertChannelValidation.Validate(definition);
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : AlertChannelValidation.Normalize(definition);
    }

    /// <summary>256 random bits, base64url, behind <see cref="SecretPrefix"/>.</summary>
    private static string NewSecret() => SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
