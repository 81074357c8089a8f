package org.kcity.executors.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/** The program's tracks; planning tracks appoint their executor by tender, demonstrations appoint the applicant. */
public enum Track {
    URBAN_DEVELOPMENT(MonthDay.of(8, 1)),
    SOLUTION_PLANNING(MonthDay.of(8, 1)),
    SOLUTION_DEMONSTRATION(MonthDay.of(7, 1));

    private final MonthDay programmedStart;

    Track(MonthDay programmedStart) {
        this.programmedStart = programmedStart;
    }

    public boolean isPlanning() {
        return this != SOLUTION_DEMONSTRATION;
    }

    /** The track's start day in the call's year, or the day after the appointment when that is later. */
    public LocalDate startDate(int callYear, LocalDate appointedOn) {
        LocalDate programmed = programmedStart.atYear(callYear);
        LocalDate dayAfterAppointment = appointedOn.plusDays(1);
        return dayAfterAppointment.isAfter(programmed) ? dayAfterAppointment : programmed;
    }
}
