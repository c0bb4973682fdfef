using Muhtar.Scheduling.Booking;

namespace Muhtar.Scheduling.Pages;

/// <summary>An appointment as the Radzen scheduler draws it, in business-local time.</summary>
internal sealed record CalendarItem(AppointmentView View, DateTime Start, DateTime End, string Text);
