"""A contact e-mail must be one mail can reach: "huong@gmail" is refused, naming the field and an example."""

import pytest

from cds_desktop.domain.business import Business, Contact, business_problems


def problems_for(email):
    return [p for p in business_problems(Business(name="Quán cà phê Hương", entity_type="household",
                                                  sector="trade_services", contact=Contact("Hương", "", email)))
            if p.where == "business.contact.email"]


@pytest.mark.parametrize("email", ["huong@gmail", "huong.gmail.com", "huong@", "@gmail.com", "huong@gmail.c",
                                   "hu ong@gmail.com", "huong@gmail..com"])
def test_an_incomplete_e_mail_address_is_refused(email):
    (problem,) = problems_for(email)
    assert "huong@gmail.com" in problem.message["vi"] and email in problem.message["en"]


@pytest.mark.parametrize("email", ["", "huong@gmail.com", "lan.nguyen@sokhcn.quangtri.gov.vn", "a+b@x.io"])
def test_a_complete_e_mail_address_or_none_is_accepted(email):
    assert problems_for(email) == []


@pytest.mark.parametrize("email", ["huong@gmail.com\n", "huong@gmail.com\r\n", "huong@gmail.com\u2028"])
def test_an_e_mail_address_with_a_line_break_is_refused_and_named_on_one_line(email):
    (problem,) = problems_for(email)
    assert "huong@gmail.com\\u" in problem.message["en"] and len(problem.message["en"].splitlines()) == 1
