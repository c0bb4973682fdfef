using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Fluid builds a range such as (1..100000000) as a whole array before a loop takes its first step, so the step
/// limit cannot stop it. Ranges must therefore be written with fixed numbers and hold at most
/// <see cref="MaxItems"/> items; anything else is refused when the template is saved.
/// </summary>
internal sealed class RangeGuard : AstVisitor
{
    public const int MaxItems = 1000;

    private bool _ok = true;

    public static bool IsSafe(IFluidTemplate template)
    {
        var guard = new RangeGuard();
        guard.VisitTemplate(template);
        return guard._ok;
    }

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        if (rangeExpression.From is not LiteralExpression { Value: NumberValue from }
            || rangeExpression.To is not LiteralExpression { Value: NumberValue to }
            || Math.Abs(to.ToNumberValue() - from.ToNumberValue()) >= MaxItems)
        {
            _ok = false;
        }

        return base.VisitRangeExpression(rangeExpression);
    }
}
