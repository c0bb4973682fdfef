using Microsoft.Extensions.Time.Testing;
using Muhtar.Customers.Search;

namespace Muhtar.Tests.Customers;

public sealed class ActiveCustomerTotalsTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly Guid _tenant = Guid.NewGuid();
    private int _counts;

    [Fact]
    public async Task The_total_is_counted_once_and_reused_while_fresh()
    {
        var totals = new ActiveCustomerTotals(_clock);

        Assert.Equal(7, await totals.GetAsync(_tenant, CountSeven));
        _clock.Advance(ActiveCustomerTotals.Fresh - TimeSpan.FromSeconds(1));
        Assert.Equal(7, await totals.GetAsync(_tenant, CountSeven));
        Assert.Equal(1, _counts);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await totals.GetAsync(_tenant, CountSeven);
        Assert.Equal(2, _counts);
    }

    [Fact]
    public async Task A_write_makes_the_next_list_count_again_and_businesses_never_share_a_total()
    {
        var totals = new ActiveCustomerTotals(_clock);
        await totals.GetAsync(_tenant, CountSeven);

        totals.Forget(_tenant);
        Assert.Equal(8, await totals.GetAsync(_tenant, () => Task.FromResult(8)));
        Assert.Equal(3, await totals.GetAsync(Guid.NewGuid(), () => Task.FromResult(3)));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("ahmet", null, false)]
    [InlineData(null, "vip", false)]
    public void Only_the_unfiltered_active_list_uses_the_remembered_total(string? search, string? tag, bool applies) =>
        Assert.Equal(applies, ActiveCustomerTotals.Applies(new CustomerListQuery { Search = search, Tag = tag }));

    [Fact]
    public void The_archived_list_is_always_counted() =>
        Assert.False(ActiveCustomerTotals.Applies(new CustomerListQuery { Archived = ArchiveFilter.Archived }));

    private Task<int> CountSeven()
    {
        _counts++;
        return Task.FromResult(7);
    }
}
