using Muhtar.Loyalty.Accounts;

namespace Muhtar.Tests.Loyalty;

public sealed class ProportionTests
{
    [Theory]
    [InlineData(1000, new long[] { 3333, 3333, 3334 })]
    [InlineData(7, new long[] { 1, 1, 1 })]
    [InlineData(10, new long[] { 0, 0 })]
    [InlineData(99_999, new long[] { 5, 0, 123_456_789, 17 })]
    public void Parts_always_add_up_to_the_total_and_never_go_negative(long total, long[] weights)
    {
        var parts = Proportion.Split(total, weights);

        Assert.Equal(total, parts.Sum());
        Assert.All(parts, p => Assert.True(p >= 0));
    }

    [Fact]
    public void The_remainder_goes_to_the_largest_fractions_first()
    {
        Assert.Equal([334L, 333L, 333L], Proportion.Split(1000, [1, 1, 1]));
        Assert.Equal([1L, 2L], Proportion.Split(3, [40, 60]));
    }

    [Fact]
    public void Partial_shares_add_up_to_the_whole_amount_once_all_is_returned()
    {
        var first = Proportion.Share(598, 1000, 4000);
        var second = Proportion.Share(598, 3000, 4000) - first;
        var last = Proportion.Share(598, 4000, 4000) - first - second;

        Assert.Equal((149L, 299L, 150L), (first, second, last));
    }
}
