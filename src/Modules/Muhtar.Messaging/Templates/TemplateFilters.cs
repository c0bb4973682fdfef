using System.Globalization;
using Fluid;
using Fluid.Filters;
using Fluid.Values;
using Muhtar.Platform.Text;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Turkish filters: <c>salutation</c> ("Ahmet Bey"), <c>tr_date</c> ("24 Kasım 2026"), <c>tr_datetime</c>
/// ("24 Kasım 2026 14:30"), <c>tr_time</c> ("14:30") in the business's time zone, and <c>tr_money</c>
/// ("1.234,50 ₺"; <c>tr_money: "kurus"</c> when the amount is in kuruş). A date filter takes a .NET format as
/// its argument ("dd.MM.yyyy"); a value that is not a date or number is left as it is.
/// </summary>
internal static class TemplateFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("salutation", SalutationAsync);
        filters.AddFilter("tr_date", (input, args, context) => Date(input, args, context, "d MMMM yyyy"));
        filters.AddFilter("tr_datetime", (input, args, context) => Date(input, args, context, "d MMMM yyyy HH:mm"));
        filters.AddFilter("tr_time", (input, args, context) => Date(input, args, context, "HH:mm"));
        filters.AddFilter("tr_money", Money);
    }

    /// <summary><c>{{ customer | salutation }}</c>: the customer's salutation; on anything else, the top-level one.</summary>
    private static async ValueTask<FluidValue> SalutationAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is DictionaryValue)
        {
            var own = await input.GetValueAsync("salutation", context);
            if (!own.IsNil())
            {
                return own;
            }
        }

        return context.GetValue("salutation");
    }

    private static ValueTask<FluidValue> Date(FluidValue input, FilterArguments arguments, TemplateContext context, string format)
    {
        if (!TryInstant(input, out var instant, out var isDateOnly))
        {
            return input;
        }

        var local = isDateOnly ? instant : TimeZoneInfo.ConvertTime(instant, context.TimeZone);
        var pattern = arguments.At(0) is { } given && !given.IsNil() && given.ToStringValue() is { Length: > 0 } f ? f : format;
        try
        {
            return StringValue.Create(local.ToString(pattern, TurkishText.Turkish));
        }
        catch (FormatException)
        {
            // A bad format is the template writer's mistake; show the default rather than fail the whole message.
            return StringValue.Create(local.ToString(format, TurkishText.Turkish));
        }
    }

    private static bool TryInstant(FluidValue input, out DateTimeOffset instant, out bool isDateOnly)
    {
        isDateOnly = false;
        if (input is DateTimeValue)
        {
            instant = (DateTimeOffset)input.ToObjectValue();
            // Birth dates and other calendar days come as midnight UTC; they are days, not instants.
            isDateOnly = instant.Offset == TimeSpan.Zero && instant.TimeOfDay == TimeSpan.Zero;
            return true;
        }

        var text = input.ToStringValue();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            isDateOnly = true;
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out instant);
    }

    private static ValueTask<FluidValue> Money(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        decimal amount;
        if (input is NumberValue)
        {
            amount = input.ToNumberValue();
        }
        else if (!decimal.TryParse(input.ToStringValue(), NumberStyles.Number, CultureInfo.InvariantCulture, out amount))
        {
            return input;
        }

        if (arguments.At(0).ToStringValue() == "kurus")
        {
            amount /= 100m;
        }

        return StringValue.Create(amount.ToString("#,##0.00", TurkishText.Turkish) + " ₺");
    }
}
