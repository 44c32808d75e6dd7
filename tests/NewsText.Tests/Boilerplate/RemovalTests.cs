using System.Runtime.CompilerServices;
using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class RemovalTests
{
    [Fact]
    public void Gives_back_every_kind_and_reason_place_with_its_span_in_ten_bytes()
    {
        Assert.Equal(10, Unsafe.SizeOf<Removal>());
        foreach (RemovalKind kind in Enum.GetValues<RemovalKind>())
        {
            foreach (int reason in new[] { 0, 1, (int)kind, 37, Removal.ReasonLimit - 1 })
            {
                var span = new TextSpan(int.MaxValue - 5, 5);
                var removal = new Removal(span, kind, reason);
                Assert.Equal((span, kind, reason), (removal.Span, removal.Kind, removal.Reason));
            }
        }
    }

    [Fact]
    public void Refuses_a_kind_or_a_place_past_what_it_holds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Removal(default, (RemovalKind)Removal.KindLimit, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Removal(default, RemovalKind.Share, Removal.ReasonLimit));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Removal(default, RemovalKind.Share, -1));
    }
}
