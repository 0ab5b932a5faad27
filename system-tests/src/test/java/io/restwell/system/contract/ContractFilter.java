package io.restwell.system.contract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** rest-assured's side of {@link ContractCheck}: each answer is judged before the test's own assertions. */
final class ContractFilter implements Filter {

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext next) {
        Response answer = next.next(request, expected);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        answer.getHeaders().forEach(header -> headers.computeIfAbsent(header.getName(), any -> new ArrayList<>()).add(header.getValue()));
        ContractCheck.check(request.getMethod(), URI.create(request.getURI()), answer.getStatusCode(), headers, answer.asString());
        return answer;
    }
}
