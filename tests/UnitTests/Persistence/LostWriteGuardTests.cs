using GrainMarketing.Errors;
using GrainMarketing.Persistence;

namespace GrainMarketing.UnitTests.Persistence;

public sealed class LostWriteGuardTests
{
    private readonly LostWriteGuard _writes = new("segment");
    private int _deactivations;

    [Fact]
    public async Task ASuccessfulWriteLeavesTheGrainAtWork()
    {
        await _writes.WriteAsync(() => Task.CompletedTask, () => _deactivations++);

        _writes.ThrowIfLost();
        Assert.Equal((false, 0), (_writes.IsLost, _deactivations));
    }

    [Fact]
    public async Task AFailedWriteIsRethrownDeactivatesTheGrainAndRefusesEveryLaterCall()
    {
        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => _writes.WriteAsync(() => throw new TimeoutException("storage"), () => _deactivations++));

        var refused = Assert.Throws<LostWriteException>(_writes.ThrowIfLost);
        Assert.Equal("storage", thrown.Message);
        Assert.Equal(1, _deactivations);
        Assert.Equal("This segment lost a state write and is deactivating; retry.", refused.Message);
    }
}
