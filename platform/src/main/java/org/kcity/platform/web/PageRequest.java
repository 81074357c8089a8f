package org.kcity.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Which page of a list the caller asks for: the query parameters {@code page} (0-based) and {@code size}. Both are
 * bounded so that the offset, page x size, always fits an {@code int}: a value out of range is a 400 naming the
 * parameter, never an overflow deep in the query. A list endpoint takes one of the subclasses, which differ only in
 * the default and largest size: {@code @BeanParam @Valid PageRequest.Small paging}.
 */
public abstract class PageRequest {

    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    int page;

    /** 0-based. */
    public int page() {
        return page;
    }

    public abstract int size();

    /** How many items the pages before this one hold. */
    public int offset() {
        return Math.multiplyExact(page, size());
    }

    /** Pages of 20 items unless the caller asks for up to 100. */
    public static class Small extends PageRequest {

        @QueryParam("size")
        @DefaultValue("20")
        @Min(1)
        @Max(100)
        int size;

        @Override
        public int size() {
            return size;
        }
    }

    /** Pages of 50 items unless the caller asks for up to 500. */
    public static class Medium extends PageRequest {

        @QueryParam("size")
        @DefaultValue("50")
        @Min(1)
        @Max(500)
        int size;

        @Override
        public int size() {
            return size;
        }
    }

    /** Pages of 100 items unless the caller asks for up to 1,000. */
    public static class Large extends PageRequest {

        @QueryParam("size")
        @DefaultValue("100")
        @Min(1)
        @Max(1000)
        int size;

        @Override
        public int size() {
            return size;
        }
    }
}
