package org.kcity.platform.time;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The program's calendar ({@code kcity.program.*}). */
@ConfigMapping(prefix = "kcity.program")
public interface ProgramSettings {

    /** The zone in which every date rule of the program is reckoned: windows, due dates, start dates, commencement. */
    @WithDefault("Asia/Seoul")
    ZoneId timeZone();
}
