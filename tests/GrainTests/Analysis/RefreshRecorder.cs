using System.Collections.Concurrent;
using GrainMarketing.Profiles;

namespace GrainMarketing.GrainTests.Analysis;

/// <summary>Counts the <see cref="IUserProfileGrain.RefreshAsync"/> calls each customer's profile receives, as a silo's call filter sees them arrive.</summary>
public sealed class RefreshRecorder : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IUserProfileGrain) && context.InterfaceMethod.Name == nameof(IUserProfileGrain.RefreshAsync))
        {
            _calls.AddOrUpdate(context.TargetId.Key.ToString()!, 1, (_, calls) => calls + 1);
        }

        return context.Invoke();
    }

    /// <summary>The tenant's refreshed customers with how often each was refreshed, in user id order.</summary>
    public IReadOnlyList<(string UserId, int Calls)> Of(string tenant) =>
        [.. _calls.Where(call => call.Key.StartsWith(tenant + "/", StringComparison.Ordinal))
            .Select(call => (UserKey.Parse(call.Key).UserId, call.Value))
            .OrderBy(call => call.UserId, StringComparer.Ordinal)];
}
