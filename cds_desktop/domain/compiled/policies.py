# Generated from assessments/schemas/policies.schema.json
# by tools/build_schemas.py with fastjsonschema 2.22.3: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
VERSION = '2.22.3'
import re


class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = ()  # the registry this was generated for; another one is checked by jsonschema alone
REGEX_PATTERNS = {'^[0-9]+\\.[0-9]+(\\.[0-9]+)?$': re.compile('^[0-9]+\\.[0-9]+(\\.[0-9]+)?\\Z'), '^Điều [0-9]+(–[0-9]+| khoản [0-9]+( điểm [a-zđ])?)?$': re.compile('^Điều [0-9]+(–[0-9]+| khoản [0-9]+( điểm [a-zđ])?)?\\Z'), '^[a-z][a-z0-9_]{0,63}$': re.compile('^[a-z][a-z0-9_]{0,63}\\Z'), '^(micro|small|medium|large|not_applicable)$': re.compile('^(micro|small|medium|large|not_applicable)$'), '^[a-z][a-z0-9_-]*$': re.compile('^[a-z][a-z0-9_-]*\\Z')}
NoneType = type(None)

def validate_cds_policies_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if 'scope' in data_keys:
                data_keys.remove('scope')
                data__scope = data['scope']
                if not (isinstance(data__scope, str) and data__scope == 'province'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope must be same as const definition: province')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['province']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'format_version', 'id', 'version', 'updated', 'scope', 'name', 'policies']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if '$schema' in data_keys:
            data_keys.remove('$schema')
            data__schema = data['$schema']
            if not isinstance(data__schema, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.$schema must be string')
        if 'format' in data_keys:
            data_keys.remove('format')
            data__format = data['format']
            if not (isinstance(data__format, str) and data__format == 'cds-policies'):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format must be same as const definition: cds-policies')
        if 'format_version' in data_keys:
            data_keys.remove('format_version')
            data__formatversion = data['format_version']
            if not (isinstance(data__formatversion, (int, float)) and (not isinstance(data__formatversion, bool)) and (data__formatversion == 1)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.format_version must be same as const definition: 1')
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_cds_policies_schema_json___defs_identifier(data__id, custom_formats, None)
        if 'version' in data_keys:
            data_keys.remove('version')
            data__version = data['version']
            if not isinstance(data__version, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must be string')
            if isinstance(data__version, str):
                if not REGEX_PATTERNS['^[0-9]+\\.[0-9]+(\\.[0-9]+)?$'].search(data__version):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.version must match pattern ^[0-9]+\\.[0-9]+(\\.[0-9]+)?$')
        if 'updated' in data_keys:
            data_keys.remove('updated')
            data__updated = data['updated']
            if not isinstance(data__updated, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.updated must be string')
            if isinstance(data__updated, str):
                if not custom_formats['date'](data__updated):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.updated must be date')
        if 'scope' in data_keys:
            data_keys.remove('scope')
            data__scope = data['scope']
            if not (isinstance(data__scope, str) and data__scope == 'national' or (isinstance(data__scope, str) and data__scope == 'province')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".scope must be one of ['national', 'province']")
        if 'province' in data_keys:
            data_keys.remove('province')
            data__province = data['province']
            if not isinstance(data__province, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.province must be string')
            if isinstance(data__province, str):
                data__province_len = len(data__province)
                if data__province_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.province must be longer than or equal to 1 characters')
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            validate_cds_policies_schema_json___defs_text(data__name, custom_formats, None)
        if 'policies' in data_keys:
            data_keys.remove('policies')
            data__policies = data['policies']
            if not isinstance(data__policies, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.policies must be array')
            data__policies_is_list = isinstance(data__policies, (list, tuple))
            if data__policies_is_list:
                data__policies_len = len(data__policies)
                if data__policies_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.policies must contain at least 1 items')
                for data__policies_x, data__policies_item in enumerate(data__policies):
                    validate_cds_policies_schema_json___defs_policy(data__policies_item, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_policies_schema_json___defs_policy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if 'kind' in data_keys:
                data_keys.remove('kind')
                data__kind = data['kind']
                if not (isinstance(data__kind, str) and data__kind == 'obligation'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.kind must be same as const definition: obligation')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['obligation']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
        else:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must NOT match a disallowed definition')
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['obligation']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if 'scope' in data_keys:
                data_keys.remove('scope')
                data__scope = data['scope']
                if not (isinstance(data__scope, str) and data__scope == 'province'):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.scope must be same as const definition: province')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['province']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
        else:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must NOT match a disallowed definition')
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['province']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'kind', 'title', 'summary', 'issuer', 'legal_reference', 'scope', 'status', 'verified', 'effective_from', 'effective_to', 'dates_verified', 'beneficiaries', 'funds', 'benefit', 'conditions', 'how_to_apply', 'source']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'id' in data_keys:
            data_keys.remove('id')
            data__id = data['id']
            validate_cds_policies_schema_json___defs_identifier(data__id, custom_formats, None)
        if 'kind' in data_keys:
            data_keys.remove('kind')
            data__kind = data['kind']
            if not (isinstance(data__kind, str) and data__kind == 'support' or (isinstance(data__kind, str) and data__kind == 'obligation')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".kind must be one of ['support', 'obligation']")
        if 'title' in data_keys:
            data_keys.remove('title')
            data__title = data['title']
            validate_cds_policies_schema_json___defs_text(data__title, custom_formats, None)
        if 'summary' in data_keys:
            data_keys.remove('summary')
            data__summary = data['summary']
            validate_cds_policies_schema_json___defs_text(data__summary, custom_formats, None)
        if 'issuer' in data_keys:
            data_keys.remove('issuer')
            data__issuer = data['issuer']
            validate_cds_policies_schema_json___defs_text(data__issuer, custom_formats, None)
        if 'legal_reference' in data_keys:
            data_keys.remove('legal_reference')
            data__legalreference = data['legal_reference']
            if not isinstance(data__legalreference, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference must be object')
            data__legalreference_is_dict = isinstance(data__legalreference, dict)
            if data__legalreference_is_dict:
                data__legalreference__missing_keys = set(['number', 'date']) - data__legalreference.keys()
                if data__legalreference__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference must contain ' + (str(sorted(data__legalreference__missing_keys)) + ' properties'))
                data__legalreference_keys = set(data__legalreference.keys())
                if 'number' in data__legalreference_keys:
                    data__legalreference_keys.remove('number')
                    data__legalreference__number = data__legalreference['number']
                    if not isinstance(data__legalreference__number, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.number must be string')
                    if isinstance(data__legalreference__number, str):
                        data__legalreference__number_len = len(data__legalreference__number)
                        if data__legalreference__number_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.number must be longer than or equal to 1 characters')
                if 'article' in data__legalreference_keys:
                    data__legalreference_keys.remove('article')
                    data__legalreference__article = data__legalreference['article']
                    if not isinstance(data__legalreference__article, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.article must be string')
                    if isinstance(data__legalreference__article, str):
                        if not REGEX_PATTERNS['^Điều [0-9]+(–[0-9]+| khoản [0-9]+( điểm [a-zđ])?)?$'].search(data__legalreference__article):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.article must match pattern ^Điều [0-9]+(–[0-9]+| khoản [0-9]+( điểm [a-zđ])?)?$')
                if 'related' in data__legalreference_keys:
                    data__legalreference_keys.remove('related')
                    data__legalreference__related = data__legalreference['related']
                    if not isinstance(data__legalreference__related, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.related must be array')
                    data__legalreference__related_is_list = isinstance(data__legalreference__related, (list, tuple))
                    if data__legalreference__related_is_list:
                        data__legalreference__related_len = len(data__legalreference__related)
                        for data__legalreference__related_x, data__legalreference__related_item in enumerate(data__legalreference__related):
                            if not isinstance(data__legalreference__related_item, str):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.related[{data__legalreference__related_x}]'.format(**locals()) + ' must be string')
                            if isinstance(data__legalreference__related_item, str):
                                data__legalreference__related_item_len = len(data__legalreference__related_item)
                                if data__legalreference__related_item_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference.related[{data__legalreference__related_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters')
                if 'date' in data__legalreference_keys:
                    data__legalreference_keys.remove('date')
                    data__legalreference__date = data__legalreference['date']
                    validate_cds_policies_schema_json___defs_date_or_null(data__legalreference__date, custom_formats, None)
                if data__legalreference_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.legal_reference must not contain ' + str(data__legalreference_keys) + ' properties')
        if 'scope' in data_keys:
            data_keys.remove('scope')
            data__scope = data['scope']
            if not (isinstance(data__scope, str) and data__scope == 'national' or (isinstance(data__scope, str) and data__scope == 'province')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".scope must be one of ['national', 'province']")
        if 'province' in data_keys:
            data_keys.remove('province')
            data__province = data['province']
            if not isinstance(data__province, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.province must be string')
            if isinstance(data__province, str):
                data__province_len = len(data__province)
                if data__province_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.province must be longer than or equal to 1 characters')
        if 'status' in data_keys:
            data_keys.remove('status')
            data__status = data['status']
            if not (isinstance(data__status, str) and data__status == 'in_force' or (isinstance(data__status, str) and data__status == 'proposed') or (isinstance(data__status, str) and data__status == 'replaced') or (isinstance(data__status, str) and data__status == 'expired')):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ".status must be one of ['in_force', 'proposed', 'replaced', 'expired']")
        if 'status_note' in data_keys:
            data_keys.remove('status_note')
            data__statusnote = data['status_note']
            validate_cds_policies_schema_json___defs_text(data__statusnote, custom_formats, None)
        if 'verified' in data_keys:
            data_keys.remove('verified')
            data__verified = data['verified']
            if not isinstance(data__verified, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.verified must be boolean')
        if 'effective_from' in data_keys:
            data_keys.remove('effective_from')
            data__effectivefrom = data['effective_from']
            validate_cds_policies_schema_json___defs_date_or_null(data__effectivefrom, custom_formats, None)
        if 'effective_to' in data_keys:
            data_keys.remove('effective_to')
            data__effectiveto = data['effective_to']
            validate_cds_policies_schema_json___defs_date_or_null(data__effectiveto, custom_formats, None)
        if 'replaced_by' in data_keys:
            data_keys.remove('replaced_by')
            data__replacedby = data['replaced_by']
            validate_cds_policies_schema_json___defs_identifier(data__replacedby, custom_formats, None)
        if 'continues' in data_keys:
            data_keys.remove('continues')
            data__continues = data['continues']
            validate_cds_policies_schema_json___defs_identifier(data__continues, custom_formats, None)
        if 'dates_verified' in data_keys:
            data_keys.remove('dates_verified')
            data__datesverified = data['dates_verified']
            if not isinstance(data__datesverified, bool):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.dates_verified must be boolean')
        if 'beneficiaries' in data_keys:
            data_keys.remove('beneficiaries')
            data__beneficiaries = data['beneficiaries']
            if not isinstance(data__beneficiaries, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries must be object')
            data__beneficiaries_is_dict = isinstance(data__beneficiaries, dict)
            if data__beneficiaries_is_dict:
                data__beneficiaries_keys = set(data__beneficiaries.keys())
                if 'entity_types' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('entity_types')
                    data__beneficiaries__entitytypes = data__beneficiaries['entity_types']
                    validate_cds_policies_schema_json___defs_criterion(data__beneficiaries__entitytypes, custom_formats, None)
                if 'size_classes' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('size_classes')
                    data__beneficiaries__sizeclasses = data__beneficiaries['size_classes']
                    validate_cds_policies_schema_json___defs_criterion(data__beneficiaries__sizeclasses, custom_formats, None)
                if 'sectors' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('sectors')
                    data__beneficiaries__sectors = data__beneficiaries['sectors']
                    validate_cds_policies_schema_json___defs_criterion(data__beneficiaries__sectors, custom_formats, None)
                if 'provinces' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('provinces')
                    data__beneficiaries__provinces = data__beneficiaries['provinces']
                    validate_cds_policies_schema_json___defs_criterion(data__beneficiaries__provinces, custom_formats, None)
                if 'min_annual_revenue_vnd' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('min_annual_revenue_vnd')
                    data__beneficiaries__minannualrevenuevnd = data__beneficiaries['min_annual_revenue_vnd']
                    data__beneficiaries__minannualrevenuevnd_one_of_count1 = 0
                    if data__beneficiaries__minannualrevenuevnd_one_of_count1 < 2:
                        try:
                            validate_cds_policies_schema_json___defs_money(data__beneficiaries__minannualrevenuevnd, custom_formats, None)
                            data__beneficiaries__minannualrevenuevnd_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__beneficiaries__minannualrevenuevnd_one_of_count1 < 2:
                        try:
                            if not isinstance(data__beneficiaries__minannualrevenuevnd, dict):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.min_annual_revenue_vnd must be object')
                            data__beneficiaries__minannualrevenuevnd_is_dict = isinstance(data__beneficiaries__minannualrevenuevnd, dict)
                            if data__beneficiaries__minannualrevenuevnd_is_dict:
                                data__beneficiaries__minannualrevenuevnd_len = len(data__beneficiaries__minannualrevenuevnd)
                                if data__beneficiaries__minannualrevenuevnd_len < 1:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.min_annual_revenue_vnd must contain at least 1 properties')
                                if data__beneficiaries__minannualrevenuevnd_len > 50:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.min_annual_revenue_vnd must contain less than or equal to 50 properties')
                                data__beneficiaries__minannualrevenuevnd_keys = set(data__beneficiaries__minannualrevenuevnd.keys())
                                for data__beneficiaries__minannualrevenuevnd_key in data__beneficiaries__minannualrevenuevnd_keys:
                                    if data__beneficiaries__minannualrevenuevnd_key not in []:
                                        data__beneficiaries__minannualrevenuevnd_value = data__beneficiaries__minannualrevenuevnd.get(data__beneficiaries__minannualrevenuevnd_key)
                                        validate_cds_policies_schema_json___defs_money(data__beneficiaries__minannualrevenuevnd_value, custom_formats, None)
                                if data__beneficiaries__minannualrevenuevnd_len != 0:
                                    data__beneficiaries__minannualrevenuevnd_property_names = True
                                    for data__beneficiaries__minannualrevenuevnd_key in data__beneficiaries__minannualrevenuevnd:
                                        try:
                                            if isinstance(data__beneficiaries__minannualrevenuevnd_key, str):
                                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]{0,63}$'].search(data__beneficiaries__minannualrevenuevnd_key):
                                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.min_annual_revenue_vnd must match pattern ^[a-z][a-z0-9_]{0,63}$')
                                        except (JsonSchemaValueException, JsonSchemaValuesException):
                                            data__beneficiaries__minannualrevenuevnd_property_names = False
                                    if not data__beneficiaries__minannualrevenuevnd_property_names:
                                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.min_annual_revenue_vnd must be named by propertyName definition')
                            data__beneficiaries__minannualrevenuevnd_one_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__beneficiaries__minannualrevenuevnd_one_of_count1 != 1:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.min_annual_revenue_vnd must be valid exactly by one definition' + (' (' + str(data__beneficiaries__minannualrevenuevnd_one_of_count1) + ' matches found)'))
                if 'sells_to_consumers' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('sells_to_consumers')
                    data__beneficiaries__sellstoconsumers = data__beneficiaries['sells_to_consumers']
                    if not (isinstance(data__beneficiaries__sellstoconsumers, bool) and data__beneficiaries__sellstoconsumers is True):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.sells_to_consumers must be same as const definition: True')
                if 'produces_goods' in data__beneficiaries_keys:
                    data__beneficiaries_keys.remove('produces_goods')
                    data__beneficiaries__producesgoods = data__beneficiaries['produces_goods']
                    if not (isinstance(data__beneficiaries__producesgoods, bool) and data__beneficiaries__producesgoods is True):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries.produces_goods must be same as const definition: True')
                if data__beneficiaries_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.beneficiaries must not contain ' + str(data__beneficiaries_keys) + ' properties')
        if 'funds' in data_keys:
            data_keys.remove('funds')
            data__funds = data['funds']
            if not isinstance(data__funds, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funds must be array')
            data__funds_is_list = isinstance(data__funds, (list, tuple))
            if data__funds_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__funds_len = len(data__funds)
                if data__funds_len > len(set((fn(data__funds_x) for data__funds_x in data__funds))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.funds must contain unique items')
                for data__funds_x, data__funds_item in enumerate(data__funds):
                    validate_cds_policies_schema_json___defs_funding_category(data__funds_item, custom_formats, None)
        if 'benefit' in data_keys:
            data_keys.remove('benefit')
            data__benefit = data['benefit']
            if not isinstance(data__benefit, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit must be object')
            data__benefit_is_dict = isinstance(data__benefit, dict)
            if data__benefit_is_dict:
                data__benefit__missing_keys = set(['description']) - data__benefit.keys()
                if data__benefit__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit must contain ' + (str(sorted(data__benefit__missing_keys)) + ' properties'))
                data__benefit_keys = set(data__benefit.keys())
                if 'description' in data__benefit_keys:
                    data__benefit_keys.remove('description')
                    data__benefit__description = data__benefit['description']
                    validate_cds_policies_schema_json___defs_text(data__benefit__description, custom_formats, None)
                if 'percent' in data__benefit_keys:
                    data__benefit_keys.remove('percent')
                    data__benefit__percent = data__benefit['percent']
                    data__benefit__percent_one_of_count2 = 0
                    if data__benefit__percent_one_of_count2 < 2:
                        try:
                            if not isinstance(data__benefit__percent, (int, float)) or isinstance(data__benefit__percent, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit.percent must be number')
                            if isinstance(data__benefit__percent, (int, float)) and (not isinstance(data__benefit__percent, bool)):
                                if data__benefit__percent > 100:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit.percent must be smaller than or equal to 100')
                                if data__benefit__percent <= 0:
                                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit.percent must be bigger than 0')
                            data__benefit__percent_one_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__benefit__percent_one_of_count2 < 2:
                        try:
                            validate_cds_policies_schema_json___defs_per_size_class_percent(data__benefit__percent, custom_formats, None)
                            data__benefit__percent_one_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__benefit__percent_one_of_count2 != 1:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit.percent must be valid exactly by one definition' + (' (' + str(data__benefit__percent_one_of_count2) + ' matches found)'))
                if 'cap_vnd' in data__benefit_keys:
                    data__benefit_keys.remove('cap_vnd')
                    data__benefit__capvnd = data__benefit['cap_vnd']
                    data__benefit__capvnd_one_of_count3 = 0
                    if data__benefit__capvnd_one_of_count3 < 2:
                        try:
                            validate_cds_policies_schema_json___defs_money(data__benefit__capvnd, custom_formats, None)
                            data__benefit__capvnd_one_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__benefit__capvnd_one_of_count3 < 2:
                        try:
                            validate_cds_policies_schema_json___defs_per_size_class_money(data__benefit__capvnd, custom_formats, None)
                            data__benefit__capvnd_one_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__benefit__capvnd_one_of_count3 != 1:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit.cap_vnd must be valid exactly by one definition' + (' (' + str(data__benefit__capvnd_one_of_count3) + ' matches found)'))
                if 'cap_per' in data__benefit_keys:
                    data__benefit_keys.remove('cap_per')
                    data__benefit__capper = data__benefit['cap_per']
                    validate_cds_policies_schema_json___defs_text(data__benefit__capper, custom_formats, None)
                if 'higher_cap_vnd' in data__benefit_keys:
                    data__benefit_keys.remove('higher_cap_vnd')
                    data__benefit__highercapvnd = data__benefit['higher_cap_vnd']
                    validate_cds_policies_schema_json___defs_per_size_class_money(data__benefit__highercapvnd, custom_formats, None)
                if 'higher_cap_for' in data__benefit_keys:
                    data__benefit_keys.remove('higher_cap_for')
                    data__benefit__highercapfor = data__benefit['higher_cap_for']
                    validate_cds_policies_schema_json___defs_text(data__benefit__highercapfor, custom_formats, None)
                if 'duration' in data__benefit_keys:
                    data__benefit_keys.remove('duration')
                    data__benefit__duration = data__benefit['duration']
                    validate_cds_policies_schema_json___defs_text(data__benefit__duration, custom_formats, None)
                if data__benefit_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.benefit must not contain ' + str(data__benefit_keys) + ' properties')
        if 'conditions' in data_keys:
            data_keys.remove('conditions')
            data__conditions = data['conditions']
            if not isinstance(data__conditions, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions must be array')
            data__conditions_is_list = isinstance(data__conditions, (list, tuple))
            if data__conditions_is_list:
                data__conditions_len = len(data__conditions)
                for data__conditions_x, data__conditions_item in enumerate(data__conditions):
                    if not isinstance(data__conditions_item, dict):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions[{data__conditions_x}]'.format(**locals()) + ' must be object')
                    data__conditions_item_is_dict = isinstance(data__conditions_item, dict)
                    if data__conditions_item_is_dict:
                        data__conditions_item__missing_keys = set(['id', 'text', 'decides_eligibility']) - data__conditions_item.keys()
                        if data__conditions_item__missing_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions[{data__conditions_x}]'.format(**locals()) + ' must contain ' + (str(sorted(data__conditions_item__missing_keys)) + ' properties'))
                        data__conditions_item_keys = set(data__conditions_item.keys())
                        if 'id' in data__conditions_item_keys:
                            data__conditions_item_keys.remove('id')
                            data__conditions_item__id = data__conditions_item['id']
                            validate_cds_policies_schema_json___defs_identifier(data__conditions_item__id, custom_formats, None)
                        if 'text' in data__conditions_item_keys:
                            data__conditions_item_keys.remove('text')
                            data__conditions_item__text = data__conditions_item['text']
                            validate_cds_policies_schema_json___defs_text(data__conditions_item__text, custom_formats, None)
                        if 'decides_eligibility' in data__conditions_item_keys:
                            data__conditions_item_keys.remove('decides_eligibility')
                            data__conditions_item__decideseligibility = data__conditions_item['decides_eligibility']
                            if not isinstance(data__conditions_item__decideseligibility, bool):
                                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions[{data__conditions_x}].decides_eligibility'.format(**locals()) + ' must be boolean')
                        if data__conditions_item_keys:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.conditions[{data__conditions_x}]'.format(**locals()) + ' must not contain ' + str(data__conditions_item_keys) + ' properties')
        if 'how_to_apply' in data_keys:
            data_keys.remove('how_to_apply')
            data__howtoapply = data['how_to_apply']
            if not isinstance(data__howtoapply, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.how_to_apply must be object')
            data__howtoapply_is_dict = isinstance(data__howtoapply, dict)
            if data__howtoapply_is_dict:
                data__howtoapply__missing_keys = set(['agency', 'prepare', 'verified']) - data__howtoapply.keys()
                if data__howtoapply__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.how_to_apply must contain ' + (str(sorted(data__howtoapply__missing_keys)) + ' properties'))
                data__howtoapply_keys = set(data__howtoapply.keys())
                if 'agency' in data__howtoapply_keys:
                    data__howtoapply_keys.remove('agency')
                    data__howtoapply__agency = data__howtoapply['agency']
                    validate_cds_policies_schema_json___defs_text(data__howtoapply__agency, custom_formats, None)
                if 'prepare' in data__howtoapply_keys:
                    data__howtoapply_keys.remove('prepare')
                    data__howtoapply__prepare = data__howtoapply['prepare']
                    if not isinstance(data__howtoapply__prepare, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.how_to_apply.prepare must be array')
                    data__howtoapply__prepare_is_list = isinstance(data__howtoapply__prepare, (list, tuple))
                    if data__howtoapply__prepare_is_list:
                        data__howtoapply__prepare_len = len(data__howtoapply__prepare)
                        for data__howtoapply__prepare_x, data__howtoapply__prepare_item in enumerate(data__howtoapply__prepare):
                            validate_cds_policies_schema_json___defs_text(data__howtoapply__prepare_item, custom_formats, None)
                if 'verified' in data__howtoapply_keys:
                    data__howtoapply_keys.remove('verified')
                    data__howtoapply__verified = data__howtoapply['verified']
                    if not isinstance(data__howtoapply__verified, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.how_to_apply.verified must be boolean')
                if data__howtoapply_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.how_to_apply must not contain ' + str(data__howtoapply_keys) + ' properties')
        if 'obligation' in data_keys:
            data_keys.remove('obligation')
            data__obligation = data['obligation']
            if not isinstance(data__obligation, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation must be object')
            data__obligation_is_dict = isinstance(data__obligation, dict)
            if data__obligation_is_dict:
                data__obligation__missing_keys = set(['question_id', 'min_level']) - data__obligation.keys()
                if data__obligation__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation must contain ' + (str(sorted(data__obligation__missing_keys)) + ' properties'))
                data__obligation_keys = set(data__obligation.keys())
                if 'question_id' in data__obligation_keys:
                    data__obligation_keys.remove('question_id')
                    data__obligation__questionid = data__obligation['question_id']
                    validate_cds_policies_schema_json___defs_identifier(data__obligation__questionid, custom_formats, None)
                if 'min_level' in data__obligation_keys:
                    data__obligation_keys.remove('min_level')
                    data__obligation__minlevel = data__obligation['min_level']
                    if not isinstance(data__obligation__minlevel, int) and (not (isinstance(data__obligation__minlevel, float) and data__obligation__minlevel.is_integer())) or isinstance(data__obligation__minlevel, bool):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation.min_level must be integer')
                    if isinstance(data__obligation__minlevel, (int, float)) and (not isinstance(data__obligation__minlevel, bool)):
                        if data__obligation__minlevel < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation.min_level must be bigger than or equal to 1')
                        if data__obligation__minlevel > 5:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation.min_level must be smaller than or equal to 5')
                if 'reminds_at' in data__obligation_keys:
                    data__obligation_keys.remove('reminds_at')
                    data__obligation__remindsat = data__obligation['reminds_at']
                    if not isinstance(data__obligation__remindsat, (list, tuple)):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation.reminds_at must be array')
                    data__obligation__remindsat_is_list = isinstance(data__obligation__remindsat, (list, tuple))
                    if data__obligation__remindsat_is_list:

                        def fn(var):
                            return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        data__obligation__remindsat_len = len(data__obligation__remindsat)
                        if data__obligation__remindsat_len > len(set((fn(data__obligation__remindsat_x) for data__obligation__remindsat_x in data__obligation__remindsat))):
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation.reminds_at must contain unique items')
                        for data__obligation__remindsat_x, data__obligation__remindsat_item in enumerate(data__obligation__remindsat):
                            validate_cds_policies_schema_json___defs_identifier(data__obligation__remindsat_item, custom_formats, None)
                if data__obligation_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.obligation must not contain ' + str(data__obligation_keys) + ' properties')
        if 'source' in data_keys:
            data_keys.remove('source')
            data__source = data['source']
            if not isinstance(data__source, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source must be object')
            data__source_is_dict = isinstance(data__source, dict)
            if data__source_is_dict:
                data__source__missing_keys = set(['document', 'reported_in', 'reference_tag']) - data__source.keys()
                if data__source__missing_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source must contain ' + (str(sorted(data__source__missing_keys)) + ' properties'))
                data__source_keys = set(data__source.keys())
                if 'document' in data__source_keys:
                    data__source_keys.remove('document')
                    data__source__document = data__source['document']
                    if not isinstance(data__source__document, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source.document must be string')
                    if isinstance(data__source__document, str):
                        data__source__document_len = len(data__source__document)
                        if data__source__document_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source.document must be longer than or equal to 1 characters')
                if 'reported_in' in data__source_keys:
                    data__source_keys.remove('reported_in')
                    data__source__reportedin = data__source['reported_in']
                    if not isinstance(data__source__reportedin, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source.reported_in must be string')
                    if isinstance(data__source__reportedin, str):
                        data__source__reportedin_len = len(data__source__reportedin)
                        if data__source__reportedin_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source.reported_in must be longer than or equal to 1 characters')
                if 'reference_tag' in data__source_keys:
                    data__source_keys.remove('reference_tag')
                    data__source__referencetag = data__source['reference_tag']
                    if not (isinstance(data__source__referencetag, str) and data__source__referencetag == 'V' or (isinstance(data__source__referencetag, str) and data__source__referencetag == 'V/S') or (isinstance(data__source__referencetag, str) and data__source__referencetag == 'S') or (isinstance(data__source__referencetag, str) and data__source__referencetag == 'U')):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + ".source.reference_tag must be one of ['V', 'V/S', 'S', 'U']")
                if 'note' in data__source_keys:
                    data__source_keys.remove('note')
                    data__source__note = data__source['note']
                    validate_cds_policies_schema_json___defs_text(data__source__note, custom_formats, None)
                if data__source_keys:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.source must not contain ' + str(data__source_keys) + ' properties')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_policies_schema_json___defs_per_size_class_money(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain at least 1 properties')
        data_keys = set(data.keys())
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^(micro|small|medium|large|not_applicable)$'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
                validate_cds_policies_schema_json___defs_money(data_val, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_policies_schema_json___defs_per_size_class_percent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain at least 1 properties')
        data_keys = set(data.keys())
        for data_key, data_val in data.items():
            if REGEX_PATTERNS['^(micro|small|medium|large|not_applicable)$'].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
                if not isinstance(data_val, (int, float)) or isinstance(data_val, bool):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + ' must be number')
                if isinstance(data_val, (int, float)) and (not isinstance(data_val, bool)):
                    if data_val > 100:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + ' must be smaller than or equal to 100')
                    if data_val <= 0:
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.{data_key}'.format(**locals()) + ' must be bigger than 0')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_policies_schema_json___defs_funding_category(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_]{0,63}$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z][a-z0-9_]{0,63}$')
    return data

def validate_cds_policies_schema_json___defs_money(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, int) and (not (isinstance(data, float) and data.is_integer())) or isinstance(data, bool):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be integer')
    if isinstance(data, (int, float)) and (not isinstance(data, bool)):
        if data < 0:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be bigger than or equal to 0')
    return data

def validate_cds_policies_schema_json___defs_criterion(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['in']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'in' in data_keys:
            data_keys.remove('in')
            data__in = data['in']
            if not isinstance(data__in, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in must be array')
            data__in_is_list = isinstance(data__in, (list, tuple))
            if data__in_is_list:
                data__in_len = len(data__in)
                if data__in_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in must contain at least 1 items')

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__in_len > len(set((fn(data__in_x) for data__in_x in data__in))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in must contain unique items')
                for data__in_x, data__in_item in enumerate(data__in):
                    if not isinstance(data__in_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in[{data__in_x}]'.format(**locals()) + ' must be string')
                    if isinstance(data__in_item, str):
                        data__in_item_len = len(data__in_item)
                        if data__in_item_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.in[{data__in_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters')
        if 'confirm' in data_keys:
            data_keys.remove('confirm')
            data__confirm = data['confirm']
            if not isinstance(data__confirm, (list, tuple)):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.confirm must be array')
            data__confirm_is_list = isinstance(data__confirm, (list, tuple))
            if data__confirm_is_list:

                def fn(var):
                    return frozenset(dict(((k, fn(v)) for k, v in var.items())).items()) if hasattr(var, 'items') else tuple((fn(v) for v in var)) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__confirm_len = len(data__confirm)
                if data__confirm_len > len(set((fn(data__confirm_x) for data__confirm_x in data__confirm))):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.confirm must contain unique items')
                for data__confirm_x, data__confirm_item in enumerate(data__confirm):
                    if not isinstance(data__confirm_item, str):
                        raise JsonSchemaValueException('' + (name_prefix or 'data') + '.confirm[{data__confirm_x}]'.format(**locals()) + ' must be string')
                    if isinstance(data__confirm_item, str):
                        data__confirm_item_len = len(data__confirm_item)
                        if data__confirm_item_len < 1:
                            raise JsonSchemaValueException('' + (name_prefix or 'data') + '.confirm[{data__confirm_x}]'.format(**locals()) + ' must be longer than or equal to 1 characters')
        if 'why' in data_keys:
            data_keys.remove('why')
            data__why = data['why']
            if not isinstance(data__why, dict):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.why must be object')
            data__why_is_dict = isinstance(data__why, dict)
            if data__why_is_dict:
                data__why_keys = set(data__why.keys())
                for data__why_key in data__why_keys:
                    if data__why_key not in []:
                        data__why_value = data__why.get(data__why_key)
                        validate_cds_policies_schema_json___defs_text(data__why_value, custom_formats, None)
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_policies_schema_json___defs_date_or_null(data, custom_formats={}, name_prefix=None):
    data_one_of_count4 = 0
    if data_one_of_count4 < 2:
        try:
            if not isinstance(data, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
            if isinstance(data, str):
                if not custom_formats['date'](data):
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be date')
            data_one_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count4 < 2:
        try:
            if not isinstance(data, NoneType):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be null')
            data_one_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count4 != 1:
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be valid exactly by one definition' + (' (' + str(data_one_of_count4) + ' matches found)'))
    return data

def validate_cds_policies_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be object')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['vi', 'en']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must contain ' + (str(sorted(data__missing_keys)) + ' properties'))
        data_keys = set(data.keys())
        if 'vi' in data_keys:
            data_keys.remove('vi')
            data__vi = data['vi']
            if not isinstance(data__vi, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.vi must be string')
            if isinstance(data__vi, str):
                data__vi_len = len(data__vi)
                if data__vi_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.vi must be longer than or equal to 1 characters')
        if 'en' in data_keys:
            data_keys.remove('en')
            data__en = data['en']
            if not isinstance(data__en, str):
                raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be string')
            if isinstance(data__en, str):
                data__en_len = len(data__en)
                if data__en_len < 1:
                    raise JsonSchemaValueException('' + (name_prefix or 'data') + '.en must be longer than or equal to 1 characters')
        if data_keys:
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must not contain ' + str(data_keys) + ' properties')
    return data

def validate_cds_policies_schema_json___defs_identifier(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must be string')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_-]*$'].search(data):
            raise JsonSchemaValueException('' + (name_prefix or 'data') + ' must match pattern ^[a-z][a-z0-9_-]*$')
    return data


validate = validate_cds_policies_schema_json
