using GrainMarketing.Persistence;

namespace GrainMarketing.UnitTests.Persistence;

public sealed class GroupCommitTests
{
    private readonly List<TaskCompletionSource> _writes = [];

    private GroupCommit NewCommit() => new(() =>
    {
        var write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _writes.Add(write);
        return write.Task;
    });

    [Fact]
    public async Task CallersArrivingDuringAWriteShareOneWriteThatStartsAfterIt()
    {
        var commit = NewCommit();
        var first = commit.CommitAsync();
        var second = commit.CommitAsync();
        var third = commit.CommitAsync();

        Assert.Single(_writes);
        Assert.Same(second, third);

        _writes[0].SetResult();
        await first;
        await WaitForAsync(() => _writes.Count == 2);
        Assert.False(second.IsCompleted, "a caller must wait for a write that started after its change");

        _writes[1].SetResult();
        await second;
        Assert.Equal(2, _writes.Count);
    }

    [Fact]
    public async Task ACallAfterEveryWriteFinishedStartsItsOwnWrite()
    {
        var commit = NewCommit();
        var first = commit.CommitAsync();
        _writes[0].SetResult();
        await first;

        var next = commit.CommitAsync();

        Assert.Equal(2, _writes.Count);
        Assert.False(next.IsCompleted);
        _writes[1].SetResult();
        await next;
    }

    [Fact]
    public async Task AFailedWriteFailsItsCallersAndTheQueuedWriteStillRuns()
    {
        var commit = NewCommit();
        var first = commit.CommitAsync();
        var queued = commit.CommitAsync();

        _writes[0].SetException(new InvalidOperationException("storage down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await WaitForAsync(() => _writes.Count == 2);
        _writes[1].SetResult();
        await queued;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
