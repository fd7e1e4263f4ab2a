using Orleans.Concurrency;

namespace GrainMarketing.Tenants;

/// <summary>An API host, told of access changes made anywhere so its cache never outlives them by more than a message.</summary>
public interface IAccessChangeObserver : IGrainObserver
{
    [OneWay]
    Task AccessChangedAsync(AccessChange change);
}
